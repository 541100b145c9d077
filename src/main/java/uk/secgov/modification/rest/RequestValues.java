package uk.secgov.modification.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.secgov.modification.InvalidModificationRequest;
import uk.secgov.modification.MemberVote;
import uk.secgov.modification.Vote;
import uk.secgov.party.PartyCategory;

/**
 * The API's words for dates, enums and votes, read the same way by every step: each bad value is a 400 naming the
 * field as the caller sent it.
 */
final class RequestValues {

    private RequestValues() {
    }

    /** A step's {@code date}: the day of the meeting or event, as YYYY-MM-DD (a missing body has none). */
    static LocalDate day(DatedRequest request) {
        return date("date", request == null ? null : request.date());
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidModificationRequest(field, field + " is required: the day it happened, as YYYY-MM-DD.");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidModificationRequest(field, field + " must be a date as YYYY-MM-DD, but was '" + value + "'.");
        }
    }

    /** An enum constant by its name, in any case; none when blank. */
    static <E extends Enum<E>> E enumOf(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidModificationRequest(field, "'" + value + "' is not one of " + Stream.of(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")) + ".");
        }
    }

    /** The members' votes; only a Change Board vote ({@code perCategory}) names a party category. */
    static List<MemberVote> votes(List<VoteRequest> sent, boolean perCategory) {
        if (sent == null) {
            return List.of();
        }
        List<MemberVote> votes = new ArrayList<>();
        for (VoteRequest v : sent) {
            if (v == null) {
                throw new InvalidModificationRequest("votes", "A vote cannot be empty.");
            }
            PartyCategory category = enumOf(PartyCategory.class, "votes", v.category());
            if (!perCategory && category != null) {
                throw new InvalidModificationRequest("votes", "Panel members do not vote for a party category.");
            }
            votes.add(MemberVote.of(v.member(), category, enumOf(Vote.class, "votes", v.vote())));
        }
        return votes;
    }
}

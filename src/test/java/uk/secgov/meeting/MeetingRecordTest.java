package uk.secgov.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** A meeting's record: attendance by members and observers, agenda and minutes corrected by superseding, cancellation. */
class MeetingRecordTest {

    private final MeetingWorld world = new MeetingWorld();
    private final Membership alice = world.boardMember("Large Supplier 1", "alice", "Alice Large");
    private final Meeting meeting = world.boardMeeting();

    @Test
    void startsAtItsTimeInUkTime() {
        assertThat(meeting.start()).as("10:00 BST").isEqualTo(Instant.parse("2026-05-12T09:00:00Z"));
    }

    @Test
    void aMembersLatestAttendanceCounts() {
        world.secretariat.attendance(meeting.id(), alice.appointment(), Attendance.APOLOGIES);
        world.secretariat.attendance(meeting.id(), alice.appointment(), Attendance.PRESENT);

        MeetingRecord record = world.secretariat.record(meeting.id());

        assertThat(record.present()).containsExactly(alice.appointment());
        assertThat(world.entries).hasSize(2);
    }

    @Test
    void observersAreRecordedByNameAndAreNotPresentMembers() {
        world.secretariat.observer(meeting.id(), "Olive Ofgem", "Ofgem");

        MeetingRecord record = world.secretariat.record(meeting.id());

        assertThat(record.attendance()).singleElement().satisfies(e -> {
            assertThat(e.attendance()).isEqualTo(Attendance.OBSERVER);
            assertThat(e.organisation()).contains("Ofgem");
        });
        assertThat(record.present()).isEmpty();
    }

    @Test
    void onlyAMemberOfTheBodyInTermIsRecordedAsPresent() {
        Membership panel = world.members.appoint(new BodyMembers.Appointment(world.members.addSeat("PANEL", "Chair",
                null).id(), "pat", "Pat Panel", LocalDate.of(2025, 1, 1), null));

        assertThatThrownBy(() -> world.secretariat.attendance(meeting.id(), panel.appointment(), Attendance.PRESENT))
                .isInstanceOf(InvalidMeetingRequest.class);
        assertThat(world.entries).isEmpty();
    }

    @Test
    void aCorrectedMinuteSupersedesTheOriginalWhichStaysOnRecord() {
        MeetingEntry first = world.secretariat.minute(meeting.id(), "The Board approved MP186.", null);
        world.secretariat.minute(meeting.id(), "The Board approved MP168.", first.id());

        assertThat(world.secretariat.record(meeting.id()).minutes()).extracting(MeetingEntry::text)
                .containsExactly("The Board approved MP168.");
        assertThat(world.entries).hasSize(2);
        assertThatThrownBy(() -> world.secretariat.minute(meeting.id(), "Again", first.id()))
                .as("a superseded minute is corrected through its correction").isInstanceOf(InvalidMeetingRequest.class);
    }

    @Test
    void agendaItemsNameTheirSubject() {
        world.secretariat.agendaItem(meeting.id(), "MP168 Modification Report vote", "MP168", null);

        assertThat(world.secretariat.record(meeting.id()).agenda()).singleElement()
                .satisfies(e -> assertThat(e.subjectReference()).contains("MP168"));
    }

    @Test
    void aCancelledMeetingTakesNothingMore() {
        world.secretariat.cancel(meeting.id(), "Not quorate");

        assertThatThrownBy(() -> world.secretariat.minute(meeting.id(), "Late minute", null))
                .isInstanceOf(MeetingRefused.class).hasMessage("You cannot minute Change Board 112: it was cancelled.");
        assertThatThrownBy(() -> world.roundSecretariat.open(Body.CHANGE_BOARD, "Approve?", null, meeting.id()))
                .isInstanceOf(MeetingRefused.class);
    }

    @Test
    void aMeetingNeedsItsDayAndTime() {
        assertThatThrownBy(() -> world.secretariat.schedule(Body.CHANGE_BOARD, "Change Board 113", null,
                LocalTime.NOON)).isInstanceOf(InvalidMeetingRequest.class);
        assertThatThrownBy(() -> world.secretariat.schedule("NOPE", "X", LocalDate.now(), LocalTime.NOON))
                .isInstanceOf(UnknownBody.class);
    }
}

package uk.secgov.modification.rest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import uk.secgov.modification.KeyDate;
import uk.secgov.modification.TimelineEvent;

/** The register as feeds: upcoming key dates as iCalendar (RFC 5545), updates as Atom (RFC 4287). */
final class RegisterFeeds {

    private static final DateTimeFormatter ICAL_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private RegisterFeeds() {
    }

    static String calendar(List<KeyDate> dates, String caseUrl, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//SEC governance//Modification register//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:SEC modification key dates");
        for (KeyDate k : dates) {
            String reference = k.modification().reference().toString();
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:keydate-" + k.id() + "@secgov");
            line(ics, "DTSTAMP:" + ICAL_TIME.format(now));
            line(ics, "DTSTART:" + ICAL_TIME.format(k.dueAt()));
            line(ics, "DTEND:" + ICAL_TIME.format(k.dueAt()));
            line(ics, "SUMMARY:" + text(reference + ": " + k.kind().label()));
            line(ics, "DESCRIPTION:" + text(k.modification().title() + ". " + k.explanation()));
            line(ics, "URL:" + caseUrl + reference);
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    static String atom(List<TimelineEvent> events, String selfUrl, String caseUrl, Instant now) {
        Instant updated = events.isEmpty() ? now : events.get(0).recordedAt();
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <id>").append(xml(selfUrl)).append("</id>\n")
                .append("  <title>SEC modification register: updates</title>\n")
                .append("  <updated>").append(updated).append("</updated>\n")
                .append("  <link rel=\"self\" href=\"").append(xml(selfUrl)).append("\"/>\n")
                .append("  <author><name>SECAS</name></author>\n");
        for (TimelineEvent e : events) {
            String reference = e.modification().reference().toString();
            xml.append("  <entry>\n")
                    .append("    <id>urn:secgov:modification-event:").append(e.id()).append("</id>\n")
                    .append("    <title>").append(xml(reference + ": " + e.kind().label())).append("</title>\n")
                    .append("    <updated>").append(e.recordedAt()).append("</updated>\n")
                    .append("    <link href=\"").append(xml(caseUrl + reference)).append("\"/>\n")
                    .append("    <summary>").append(xml(e.occurredOn() + ": " + e.summary())).append("</summary>\n")
                    .append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }

    /** iCalendar text: backslash, semicolon, comma and new lines escaped. */
    private static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Lines end in CRLF and fold at 75 characters (continuation lines start with a space). */
    private static void line(StringBuilder out, String content) {
        String rest = content;
        boolean first = true;
        while (rest.length() > (first ? 75 : 74)) {
            int cut = first ? 75 : 74;
            out.append(first ? "" : " ").append(rest, 0, cut).append("\r\n");
            rest = rest.substring(cut);
            first = false;
        }
        out.append(first ? "" : " ").append(rest).append("\r\n");
    }

    private static String xml(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}

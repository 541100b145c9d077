package uk.secgov.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A seat that votes in a group, under one version of a body's voting rule. */
@Embeddable
public class GroupSeat {

    @Column(name = "group_name", nullable = false, length = 100)
    private String groupName;

    @Column(name = "seat_id", nullable = false)
    private long seatId;

    protected GroupSeat() {
    }

    GroupSeat(String groupName, long seatId) {
        this.groupName = groupName;
        this.seatId = seatId;
    }

    public String groupName() {
        return groupName;
    }

    public long seatId() {
        return seatId;
    }
}

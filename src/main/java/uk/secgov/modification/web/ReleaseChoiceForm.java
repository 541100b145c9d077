package uk.secgov.modification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.secgov.modification.Implementation;
import uk.secgov.modification.InvalidModificationRequest;
import uk.secgov.modification.ReleaseFinder;
import uk.secgov.modification.Stage;
import uk.secgov.modification.TargetRelease;

/**
 * SECAS chooses the SEC Release: schedules an approved case waiting for one, or sets (or changes) the target release
 * of any other open case (a scheduled one's implementation date follows). The reason is the step form's note.
 */
@Named
@ViewScoped
public class ReleaseChoiceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Implementation implementation;

    @Inject
    transient ReleaseFinder releases;

    @Inject
    PageStep step;

    private Long releaseId;

    public void chooseRelease() {
        boolean approved = step.modification().stage() == Stage.APPROVED;
        step.run(() -> {
            if (releaseId == null) {
                throw new InvalidModificationRequest("release", "Choose the SEC Release.");
            }
            return implementation.chooseTarget(step.reference(), releaseId, step.note(), step.actor());
        }, approved ? "Scheduled." : "Target release recorded.");
    }

    /** Releases a case can go into (the domain refuses one before the earliest implementation date). */
    public List<TargetRelease> getReleases() {
        LocalDate today = step.today();
        return releases.listed().stream().filter(r -> !r.date().isBefore(today)).toList();
    }

    public Long getReleaseId() {
        return releaseId;
    }

    public void setReleaseId(Long releaseId) {
        this.releaseId = releaseId;
    }
}

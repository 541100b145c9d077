package uk.secgov.release.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import uk.secgov.platform.web.DatabasePaged;
import uk.secgov.release.ReleaseCalendar;
import uk.secgov.release.SecRelease;

/** The public page: every SEC Release with its dates and moves, read only. */
@Named
@ViewScoped
public class PublicReleasesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReleaseCalendar releases;

    private final LazyDataModel<SecRelease> rows = new DatabasePaged<>(() -> releases.count(),
            (first, size) -> releases.page(first, size), r -> String.valueOf(r.id()), key -> null);

    public LazyDataModel<SecRelease> getReleases() {
        return rows;
    }
}

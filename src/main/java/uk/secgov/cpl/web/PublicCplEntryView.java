package uk.secgov.cpl.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import uk.secgov.cpl.CplEntry;
import uk.secgov.cpl.PublishedCpl;

/** One public CPL entry with its whole Hash history. */
@Named
@RequestScoped
public class PublicCplEntryView {

    @Inject
    PublishedCpl cpl;

    private Long id;
    private CplEntry entry;
    private List<PublishedCpl.HistoryStep> history;

    public void load() throws IOException {
        entry = id == null ? null : cpl.entry(id).orElse(null);
        if (entry == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "No such CPL entry.");
            faces.responseComplete();
            return;
        }
        history = cpl.history(id);
    }

    public CplEntry getEntry() {
        return entry;
    }

    public List<PublishedCpl.HistoryStep> getHistory() {
        return history;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}

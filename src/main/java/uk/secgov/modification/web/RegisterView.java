package uk.secgov.modification.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDataModel;
import uk.secgov.modification.Modification;
import uk.secgov.modification.ModificationPath;
import uk.secgov.modification.ModificationRegister;
import uk.secgov.modification.RegisterQuery;
import uk.secgov.modification.ReleaseFinder;
import uk.secgov.modification.TargetRelease;
import uk.secgov.modification.Stage;
import uk.secgov.party.PartyCategory;
import uk.secgov.platform.web.DatabasePaged;

/** The register page: the cases the visitor may see, filtered (stage, path, category, target release, text) and paged in the database. */
@Named
@ViewScoped
public class RegisterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ModificationRegister register;

    @Inject
    transient WebViewer viewer;

    @Inject
    transient ReleaseFinder releases;

    private Stage stage;
    private ModificationPath path;
    private PartyCategory category;
    private String text;
    private Long releaseId;

    private final LazyDataModel<Modification> cases = new DatabasePaged<>(() -> register.count(viewer.viewer(), query()),
            (first, size) -> register.page(viewer.viewer(), query(), first, size), m -> m.reference().toString(),
            key -> null);

    private RegisterQuery query() {
        String words = text == null || text.length() <= RegisterQuery.TEXT_MAX ? text : text.substring(0, RegisterQuery.TEXT_MAX);
        return new RegisterQuery(stage, path, category, releaseId, words, false, null);
    }

    public LazyDataModel<Modification> getCases() {
        return cases;
    }

    public List<Stage> getStages() {
        return List.of(Stage.values());
    }

    public List<ModificationPath> getPaths() {
        return List.of(ModificationPath.values());
    }

    public List<PartyCategory> getCategories() {
        return List.of(PartyCategory.values());
    }

    /** The SEC Releases to filter by (a case's target release). */
    public List<TargetRelease> getReleases() {
        return releases.listed();
    }

    public Long getReleaseId() {
        return releaseId;
    }

    public void setReleaseId(Long releaseId) {
        this.releaseId = releaseId;
    }

    public Stage getStage() {
        return stage;
    }

    public void setStage(Stage stage) {
        this.stage = stage;
    }

    public ModificationPath getPath() {
        return path;
    }

    public void setPath(ModificationPath path) {
        this.path = path;
    }

    public PartyCategory getCategory() {
        return category;
    }

    public void setCategory(PartyCategory category) {
        this.category = category;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}

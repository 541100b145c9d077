package uk.secgov.modification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.secgov.testing.Ids;

/** Documents on a case: classified, immutable, versioned; only White ones are public. */
class ModificationDocumentsTest {

    private static final long LIMIT = 1024;

    private final ModificationFixtures f = new ModificationFixtures();
    private final DocumentList store = new DocumentList();
    private final CaseDocuments documents = new CaseDocuments(store, f.modifications, f.clock);
    private final Viewer secas = new Viewer("secas", 1L, Set.of("secas"));
    private final Viewer changeBoard = new Viewer("changeboard", 3L, Set.of("changeboard"));
    private final Viewer supplier = new Viewer("supplier", 7L, Set.of("supplier"));
    private final Viewer admin = new Viewer("admin", 1L, Set.of("admin"));

    private String publicCase() {
        String ref = f.draft("Documented", LocalDate.of(2021, 6, 11)).reference().toString();
        f.development.completePrecheck(ref, "Joe", "ok", LocalDate.of(2021, 6, 14), "secas");
        return ref;
    }

    private static DocumentUpload upload(String title, Classification classification, String text) {
        return DocumentUpload.checked(title, classification, "report.pdf", "application/pdf",
                text.getBytes(StandardCharsets.UTF_8), LIMIT);
    }

    @Test
    void onlyWhiteDocumentsArePublicAndClassifiedOnesAreForSecasPanelChangeBoardAndAuthority() {
        String ref = publicCase();
        CaseDocument report = documents.upload(ref, upload("Modification Report", Classification.WHITE, "report"), null,
                "secas");
        CaseDocument costs = documents.upload(ref, upload("DCC cost breakdown", Classification.AMBER, "costs"), null,
                "secas");

        assertThat(documents.list(Viewer.PUBLIC, ref)).extracting(DocumentSummary::title)
                .containsExactly("Modification Report");
        assertThat(documents.list(supplier, ref)).extracting(DocumentSummary::title).containsExactly("Modification Report");
        assertThat(documents.list(admin, ref)).as("administrators run the system, not the governance papers")
                .extracting(DocumentSummary::title).containsExactly("Modification Report");
        assertThat(documents.list(changeBoard, ref)).extracting(DocumentSummary::title)
                .containsExactly("DCC cost breakdown", "Modification Report");
        assertThat(documents.download(Viewer.PUBLIC, ref, report.id()).content()).asString(StandardCharsets.UTF_8)
                .isEqualTo("report");
        assertThatThrownBy(() -> documents.download(Viewer.PUBLIC, ref, costs.id())).isInstanceOf(UnknownDocument.class);
        assertThatThrownBy(() -> documents.download(supplier, ref, costs.id())).isInstanceOf(UnknownDocument.class);
        assertThat(documents.download(secas, ref, costs.id()).sha256()).as("SHA-256 of 'costs'")
                .isEqualTo("bcde6928e538c63c2cb8b26055ef80e2d267c4b682d2680ca29aece97ce76f1b");
    }

    @Test
    void theDocumentsOfACaseNobodyMaySeeDoNotExistForThem() {
        String draft = f.draft("Awaiting pre-check", LocalDate.of(2021, 6, 11)).reference().toString();
        documents.upload(draft, upload("Draft text", Classification.WHITE, "x"), null, "secas");

        assertThatThrownBy(() -> documents.list(Viewer.PUBLIC, draft)).isInstanceOf(UnknownModification.class);
        assertThat(documents.list(supplier, draft)).as("the Proposer's own Party sees its draft").hasSize(1);
    }

    @Test
    void aNewVersionSupersedesTheLatestAndNothingIsChangedOrRemoved() {
        String ref = publicCase();
        CaseDocument v1 = documents.upload(ref, upload("Legal text", Classification.GREEN, "v1"), null, "secas");
        CaseDocument v2 = documents.upload(ref, upload("Legal text", Classification.WHITE, "v2"), v1.id(), "secas");

        assertThat(v2.versionNumber()).isEqualTo(2);
        assertThat(documents.list(secas, ref)).extracting(DocumentSummary::versionNumber, DocumentSummary::isCurrent)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, true), org.assertj.core.groups.Tuple.tuple(1, false));
        assertThat(documents.download(secas, ref, v1.id()).content()).asString(StandardCharsets.UTF_8).isEqualTo("v1");
        assertThatThrownBy(() -> documents.upload(ref, upload("Legal text", Classification.WHITE, "v2 again"), v1.id(),
                "secas")).isInstanceOf(InvalidModificationRequest.class).hasMessageContaining("already superseded");
        String other = publicCase();
        assertThatThrownBy(() -> documents.upload(other, upload("Legal text", Classification.WHITE, "x"), v2.id(),
                "secas")).isInstanceOf(InvalidModificationRequest.class).hasMessageContaining("not a document of");
        assertThat(store.rows).hasSize(2);
    }

    @Test
    void badUploadsAreRefusedWithEveryProblemNamed() {
        assertThatThrownBy(() -> DocumentUpload.checked(" ", null, "a.pdf", "application/pdf", new byte[0], LIMIT))
                .isInstanceOf(InvalidModificationRequest.class)
                .satisfies(e -> assertThat(((InvalidModificationRequest) e).violations())
                        .extracting(InvalidModificationRequest.Violation::field)
                        .containsExactly("title", "classification", "file"));
        assertThatThrownBy(() -> DocumentUpload.checked("Big", Classification.WHITE, "big.bin", null,
                new byte[(int) LIMIT + 1], LIMIT)).isInstanceOf(InvalidModificationRequest.class)
                .hasMessageContaining("over the upload limit of 1024 bytes");
    }

    @Test
    void fileNamesAndMediaTypesAreMadeSafe() {
        DocumentUpload u = DocumentUpload.checked("Report", Classification.WHITE, "C:\\papers\\MP168 \"final\".pdf",
                "text/html; <script>", new byte[] {1}, LIMIT);

        assertThat(u.fileName()).isEqualTo("MP168 _final_.pdf");
        assertThat(u.mediaType()).isEqualTo("application/octet-stream");
    }

    /** The documents in memory, with ids given as the database would. */
    static final class DocumentList implements CaseDocumentStore {

        final List<CaseDocument> rows = new ArrayList<>();
        private final Ids ids = new Ids(0);

        @Override
        public CaseDocument add(CaseDocument document) {
            rows.add(ids.assign(document));
            return document;
        }

        @Override
        public Optional<CaseDocument> byId(long id) {
            return rows.stream().filter(d -> d.id() == id).findFirst();
        }

        @Override
        public List<DocumentSummary> ofCase(long caseId, boolean whiteOnly) {
            return rows.stream().filter(d -> d.caseId() == caseId)
                    .filter(d -> !whiteOnly || d.classification() == Classification.WHITE)
                    .sorted(Comparator.comparing(CaseDocument::id).reversed())
                    .map(d -> new DocumentSummary(d.id(), d.title(), d.versionNumber(), d.classification(), d.fileName(),
                            d.mediaType(), d.sizeBytes(), d.sha256(), d.uploadedAt(), d.uploadedBy(),
                            d.supersedesId().orElse(null), rows.stream().filter(n -> n.supersedesId()
                                    .map(s -> s.equals(d.id())).orElse(false)).map(CaseDocument::id).findFirst()
                                    .orElse(null)))
                    .toList();
        }

        @Override
        public boolean isSuperseded(long documentId) {
            return rows.stream().anyMatch(d -> d.supersedesId().map(s -> s == documentId).orElse(false));
        }
    }
}

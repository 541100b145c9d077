package uk.secgov.signature;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustHierarchyTest {

    private static final TestPki.Issued ROOT = TestPki.rootCa("CN=Hierarchy Root,O=Test DCC,C=GB");
    private static final TestPki.Issued ISSUING = TestPki.issuingCa(ROOT, "CN=Hierarchy Issuing,O=Test DCC,C=GB");
    private static final TestPki.Issued OTHER_ROOT = TestPki.rootCa("CN=Hierarchy Root,O=Test DCC,C=GB");

    @Test
    void anIssuingCaRegisteredBesideItsRootIsAnIntermediateUnderIt() {
        TrustHierarchy hierarchy = TrustHierarchy.of(List.of(ROOT.certificate(), ISSUING.certificate()), List.of());

        assertThat(hierarchy.anchors()).containsExactly(ROOT.certificate());
        assertThat(hierarchy.intermediates()).containsExactly(ISSUING.certificate());
        assertThat(hierarchy.issuerOf(ISSUING.certificate())).contains(ROOT.certificate());
        assertThat(hierarchy.issuerOf(ROOT.certificate())).isEmpty();
    }

    @Test
    void aRootWithTheSameNameButAnotherKeyIsNotTheIssuer() {
        TrustHierarchy hierarchy = TrustHierarchy.of(List.of(OTHER_ROOT.certificate(), ISSUING.certificate()), List.of());

        assertThat(hierarchy.intermediates()).isEmpty();
        assertThat(hierarchy.unlinked()).containsExactly(ISSUING.certificate());
        assertThat(hierarchy.anchors()).containsExactlyInAnyOrder(OTHER_ROOT.certificate(), ISSUING.certificate());
    }

    @Test
    void anIssuingCaUnderARetiredRootIsNotTrustedAtAll() {
        TrustHierarchy hierarchy = TrustHierarchy.of(List.of(ISSUING.certificate()), List.of(ROOT.certificate()));

        assertThat(hierarchy.anchors()).isEmpty();
        assertThat(hierarchy.intermediates()).isEmpty();
        assertThat(hierarchy.underRetired()).containsExactly(ISSUING.certificate());
    }

    @Test
    void onlyASelfSignedCaIsARoot() {
        assertThat(TrustHierarchy.selfSigned(ROOT.certificate())).isTrue();
        assertThat(TrustHierarchy.selfSigned(ISSUING.certificate())).isFalse();
    }
}

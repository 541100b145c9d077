package uk.secgov.signature;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.hibernate.annotations.Immutable;

/**
 * The stored record of one verification of a submission's signatures: the overall indication, each
 * signature, each rule check and DSS's detailed report as evidence, with the SHA-256 of the exact
 * bytes verified. Written once and never changed; verifying again makes a new report.
 */
@Entity
@Immutable
@Table(name = "verification_report")
public class VerificationReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** What was verified, e.g. the submission reference CPL-2026-000123. */
    @Column(nullable = false, length = 40)
    private String subject;

    @Column(name = "verified_at", nullable = false)
    private Instant verifiedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Indication indication;

    @Enumerated(EnumType.STRING)
    @Column(name = "sub_indication", length = 40)
    private SubIndication subIndication;

    @Column(nullable = false, length = 4000)
    private String summary;

    @Column(name = "form_sha256", nullable = false, length = 64)
    private String formSha256;

    @Column(name = "signature_sha256", nullable = false, length = 64)
    private String signatureSha256;

    @Column(name = "detailed_report_gzip")
    private byte[] detailedReportGzip;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "verification_report_signature", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<Signature> signatures = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "verification_report_rule", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    private List<Rule> rules = new ArrayList<>();

    protected VerificationReport() {
    }

    /** The report of a verdict on {@code form} and {@code signatureFile}, for {@code subject}. */
    public static VerificationReport of(String subject, byte[] form, byte[] signatureFile,
            SubmissionSignatureCheck.Verdict verdict, Instant at) {
        VerificationReport report = new VerificationReport();
        report.subject = subject;
        report.verifiedAt = at;
        report.indication = verdict.indication();
        report.subIndication = verdict.subIndication();
        report.summary = clip(verdict.summary(), 4000);
        report.formSha256 = sha256(form);
        report.signatureSha256 = sha256(signatureFile);
        String detailed = verdict.detailedReport();
        report.detailedReportGzip = detailed == null ? null : gzip(detailed);
        verdict.signatures().forEach(s -> report.signatures.add(Signature.of(s)));
        verdict.rules().forEach(r -> report.rules.add(new Rule(r.rule(), r.outcome(), clip(r.explanation(), 4000))));
        return report;
    }

    public Long id() {
        return id;
    }

    public String subject() {
        return subject;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public Indication indication() {
        return indication;
    }

    public SubIndication subIndication() {
        return subIndication;
    }

    public boolean isPassed() {
        return indication == Indication.TOTAL_PASSED;
    }

    /** INDETERMINATE for want of a current CRL: verify again later. */
    public boolean isTryLater() {
        return indication == Indication.INDETERMINATE && subIndication == SubIndication.TRY_LATER;
    }

    public String summary() {
        return summary;
    }

    public String formSha256() {
        return formSha256;
    }

    public String signatureSha256() {
        return signatureSha256;
    }

    public List<Signature> signatures() {
        return List.copyOf(signatures);
    }

    public List<Rule> rules() {
        return List.copyOf(rules);
    }

    /** DSS's detailed report (XML), the evidence; null when the signature file could not be read at all. */
    public String detailedReport() {
        if (detailedReportGzip == null) {
            return null;
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(detailedReportGzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** One signature as reported. */
    @Embeddable
    public static class Signature {

        @Column(name = "signature_id", length = 200)
        private String signatureId;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 20)
        private SubmissionSignatureCheck.SignatureRole role;

        @Column(name = "signer_subject", length = 1000)
        private String signerSubject;

        @Column(length = 200)
        private String party;

        @Column(name = "serial_number", length = 100)
        private String serialNumber;

        @Column(length = 1000)
        private String issuer;

        @Column(name = "signing_time")
        private Instant signingTime;

        @Column(length = 100)
        private String algorithm;

        @Column(nullable = false)
        private boolean countersignature;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 20)
        private Indication indication;

        @Enumerated(EnumType.STRING)
        @Column(name = "sub_indication", length = 40)
        private SubIndication subIndication;

        @Column(nullable = false, length = 8000)
        private String reasons;

        protected Signature() {
        }

        static Signature of(SubmissionSignatureCheck.SignatureVerdict v) {
            Signature s = new Signature();
            s.signatureId = clip(v.id(), 200);
            s.role = v.role();
            s.signerSubject = clip(v.signerSubject(), 1000);
            s.party = v.party();
            s.serialNumber = v.serialNumber();
            s.issuer = clip(v.issuer(), 1000);
            s.signingTime = v.signingTime();
            s.algorithm = v.algorithm();
            s.countersignature = v.countersignature();
            s.indication = v.indication();
            s.subIndication = v.subIndication();
            s.reasons = clip(String.join("\n", v.reasons()), 8000);
            return s;
        }

        public SubmissionSignatureCheck.SignatureRole role() {
            return role;
        }

        public String signerSubject() {
            return signerSubject;
        }

        public String party() {
            return party;
        }

        public String serialNumber() {
            return serialNumber;
        }

        public String issuer() {
            return issuer;
        }

        public Instant signingTime() {
            return signingTime;
        }

        public String algorithm() {
            return algorithm;
        }

        public boolean countersignature() {
            return countersignature;
        }

        public Indication indication() {
            return indication;
        }

        public SubIndication subIndication() {
            return subIndication;
        }

        public List<String> reasons() {
            return reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split("\n"));
        }
    }

    /** One rule check as reported. */
    @Embeddable
    public static class Rule {

        @Column(nullable = false, length = 200)
        private String rule;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 20)
        private SubmissionSignatureCheck.RuleCheck.Outcome outcome;

        @Column(nullable = false, length = 4000)
        private String explanation;

        protected Rule() {
        }

        Rule(String rule, SubmissionSignatureCheck.RuleCheck.Outcome outcome, String explanation) {
            this.rule = rule;
            this.outcome = outcome;
            this.explanation = explanation;
        }

        public String rule() {
            return rule;
        }

        public SubmissionSignatureCheck.RuleCheck.Outcome outcome() {
            return outcome;
        }

        public String explanation() {
            return explanation;
        }
    }
}

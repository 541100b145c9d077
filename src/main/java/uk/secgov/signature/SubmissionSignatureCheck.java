package uk.secgov.signature;

import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * Appendix Z 4.3(a) for one submission: every signature in the file must pass the CMS check and the
 * certificate path check, the image creator (the manufacturer the form names) must have signed, and
 * the submitting Supplier, or the DCC where it must, must have endorsed it (in parallel or as a
 * countersignature). Anyone else's signature is refused. The verdict explains itself in plain words.
 */
public class SubmissionSignatureCheck {

    /**
     * What the form and the submission say the signatures must be. With no submitting party (a
     * manufacturer checking its signature before passing the form on), any supplier's endorsement is
     * checked if present, and a missing one is reported as not yet checked rather than failed.
     */
    public record Expectations(String imageCreatorManufacturerId, Long submittingPartyId, boolean dccMustEndorse) {

        public Expectations(String imageCreatorManufacturerId, long submittingPartyId, boolean dccMustEndorse) {
            this(imageCreatorManufacturerId, Long.valueOf(submittingPartyId), dccMustEndorse);
        }

        /** Before a Supplier or the DCC has endorsed and submitted it: the endorser is not known yet. */
        public static Expectations beforeSubmission(String imageCreatorManufacturerId, boolean dccMustEndorse) {
            return new Expectations(imageCreatorManufacturerId, (Long) null, dccMustEndorse);
        }

        boolean endorserKnown() {
            return submittingPartyId != null;
        }
    }

    /**
     * The trust material in force: the trust anchors (the IKI roots), the registered intermediates (issuing
     * CAs, checked against their issuer's CRL like any CA on a path) and the CRLs.
     */
    public record TrustMaterial(List<X509Certificate> anchors, List<X509Certificate> intermediates, List<X509CRL> crls) {

        /** Registered CA certificates as they come: an issuing CA registered beside its root is linked under it. */
        public TrustMaterial(List<X509Certificate> registered, List<X509CRL> crls) {
            this(TrustHierarchy.of(registered, List.of()), crls);
        }

        public TrustMaterial(TrustHierarchy hierarchy, List<X509CRL> crls) {
            this(hierarchy.anchors(), hierarchy.intermediates(), crls);
        }

        /** Every registered CA certificate in force, anchors and intermediates. */
        public List<X509Certificate> registered() {
            List<X509Certificate> all = new ArrayList<>(anchors);
            all.addAll(intermediates);
            return all;
        }
    }

    /** What a signature is for. */
    public enum SignatureRole {
        IMAGE_CREATOR, ENDORSER, UNEXPECTED
    }

    /** One signature's verdict, for the report. */
    public record SignatureVerdict(String id, SignatureRole role, String signerSubject, String party, String serialNumber,
            String issuer, Instant signingTime, String algorithm, boolean countersignature, Indication indication,
            SubIndication subIndication, List<String> reasons) {

        public boolean isPassed() {
            return indication == Indication.TOTAL_PASSED;
        }
    }

    /** One rule of Appendix Z 4.3(a) as applied. */
    public record RuleCheck(String rule, Outcome outcome, String explanation) {

        /** Whether the rule held; NOT_CHECKED is for a check that waits for the submission (the endorsement). */
        public enum Outcome {
            PASSED, FAILED, NOT_CHECKED
        }

        public RuleCheck(String rule, boolean passed, String explanation) {
            this(rule, passed ? Outcome.PASSED : Outcome.FAILED, explanation);
        }

        public boolean passed() {
            return outcome == Outcome.PASSED;
        }

        public boolean failed() {
            return outcome == Outcome.FAILED;
        }
    }

    /** The verdict on the whole submission. */
    public record Verdict(Indication indication, SubIndication subIndication, String summary,
            List<SignatureVerdict> signatures, List<RuleCheck> rules, Supplier<String> detailedReportXml) {

        public boolean isPassed() {
            return indication == Indication.TOTAL_PASSED;
        }

        /** DSS's detailed report (the evidence kept with a stored verification report), made when asked for. */
        public String detailedReport() {
            return detailedReportXml == null ? null : detailedReportXml.get();
        }
    }

    private final CmsSignatureCheck cmsCheck;
    private final CertificatePathCheck pathCheck;
    private final SignerParties parties;

    public SubmissionSignatureCheck(CmsSignatureCheck cmsCheck, CertificatePathCheck pathCheck, SignerParties parties) {
        this.cmsCheck = cmsCheck;
        this.pathCheck = pathCheck;
        this.parties = parties;
    }

    public Verdict verify(byte[] form, byte[] signatureFile, Expectations expected, TrustMaterial trust, Instant at) {
        CmsSignatureCheck.CmsResult cms = cmsCheck.check(form, signatureFile, trust.registered(), at);
        if (!cms.isReadable()) {
            return new Verdict(Indication.TOTAL_FAILED, SubIndication.FORMAT_FAILURE, "Not passed: " + cms.formatProblem(),
                    List.of(), List.of(), null);
        }
        List<SignatureVerdict> verdicts = new ArrayList<>();
        List<Optional<SignerParty>> signerParties = new ArrayList<>();
        for (CmsSignatureCheck.SignatureResult signature : cms.signatures()) {
            Optional<SignerParty> party = Optional.ofNullable(signature.signer()).map(c -> organisationOf(c))
                    .flatMap(parties::byIkiOrganisation);
            signerParties.add(party);
            verdicts.add(judge(signature, cms.certificates(), trust, at, party));
        }
        List<RuleCheck> rules = new ArrayList<>();
        List<SignatureVerdict> withRoles = assignRoles(cms.signatures(), verdicts, signerParties, expected, rules);
        return overall(withRoles, rules, cms::detailedReport);
    }

    private SignatureVerdict judge(CmsSignatureCheck.SignatureResult signature, List<X509Certificate> certificates,
            TrustMaterial trust, Instant at, Optional<SignerParty> party) {
        X509Certificate signer = signature.signer();
        Indication indication = signature.indication();
        SubIndication sub = signature.subIndication();
        PlainReasons.Context context = PlainReasons.Context.of(PlainReasons.who(party.map(SignerParty::kind).orElse(null)),
                signature.countersignature(), signer);
        if (!signature.reasons().isEmpty()) {
            // This feature's own rule (algorithm, key size) said it more precisely than the table can.
            context = context.withDetail(signature.reasons().get(0));
        } else if (signer != null && (signature.isPassed() || CERTIFICATE_PROBLEMS.contains(sub))) {
            // The path check decides about certificates (DSS cannot see the CRLs), and says which one and when.
            boolean[] usage = signer.getKeyUsage();
            if (usage != null && !usage[0]) {
                indication = Indication.INDETERMINATE;
                sub = SubIndication.SIG_CONSTRAINTS_FAILURE;
                context = context.withDetail("The certificate of " + context.who() + " may not be used for"
                        + " signatures (it lacks the digital signature key usage): sign with an IKI file-signing certificate.");
            } else {
                List<X509Certificate> others = new ArrayList<>(certificates);
                others.addAll(trust.intermediates());
                PathVerdict path = pathCheck.check(signer, others, trust.anchors(), trust.crls(), at,
                        PolicySettings.anyPolicy());
                Optional<X509Certificate> weak = path.isPassed() ? weaklySigned(path.path()) : Optional.empty();
                if (!path.isPassed()) {
                    indication = path.indication();
                    sub = path.subIndication();
                    context = context.about(path.concerned(), path.when(), path.revocationReason());
                    if (trust.anchors().isEmpty()) {
                        context = context.withDetail("No IKI root CA is registered yet, so no signature can be trusted:"
                                + " ask an administrator to register the IKI root CA.");
                    }
                } else if (weak.isPresent()) {
                    indication = Indication.INDETERMINATE;
                    sub = SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE;
                    context = context.about(weak.get(), null, null);
                }
            }
        }
        List<String> reasons = indication == Indication.TOTAL_PASSED ? List.of() : List.of(PlainReasons.of(sub, context));
        return new SignatureVerdict(signature.id(), SignatureRole.UNEXPECTED,
                signer == null ? null : CertificatePathCheck.nameOf(signer), party.map(SignerParty::name).orElse(null),
                signer == null ? null : signer.getSerialNumber().toString(16),
                signer == null ? null : signer.getIssuerX500Principal().getName(), signature.claimedSigningTime(),
                signature.algorithm(), signature.countersignature(), indication, sub, reasons);
    }

    /** What DSS says about the signer's certificate or its chain, which the path check explains better. */
    private static final java.util.Set<SubIndication> CERTIFICATE_PROBLEMS = java.util.EnumSet.of(
            SubIndication.EXPIRED, SubIndication.OUT_OF_BOUNDS_NO_POE, SubIndication.OUT_OF_BOUNDS_NOT_REVOKED,
            SubIndication.NOT_YET_VALID, SubIndication.NO_CERTIFICATE_CHAIN_FOUND,
            SubIndication.NO_CERTIFICATE_CHAIN_FOUND_NO_POE, SubIndication.CERTIFICATE_CHAIN_GENERAL_FAILURE,
            SubIndication.CHAIN_CONSTRAINTS_FAILURE, SubIndication.CRYPTO_CONSTRAINTS_FAILURE,
            SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE, SubIndication.REVOKED, SubIndication.REVOKED_NO_POE,
            SubIndication.REVOKED_CA_NO_POE, SubIndication.TRY_LATER, SubIndication.REVOCATION_OUT_OF_BOUNDS_NO_POE,
            SubIndication.NO_POE);

    /** The first certificate on the path (below the anchor) that its CA signed with SHA-1, MD5 or MD2. */
    private static Optional<X509Certificate> weaklySigned(List<X509Certificate> path) {
        return path.stream().filter(c -> {
            String algorithm = c.getSigAlgName().toUpperCase(java.util.Locale.ROOT);
            return algorithm.startsWith("SHA1") || algorithm.startsWith("MD5") || algorithm.startsWith("MD2");
        }).findFirst();
    }

    private static List<SignatureVerdict> assignRoles(List<CmsSignatureCheck.SignatureResult> signatures,
            List<SignatureVerdict> verdicts, List<Optional<SignerParty>> signerParties, Expectations expected,
            List<RuleCheck> rules) {
        SignatureRole[] roles = new SignatureRole[verdicts.size()];
        java.util.Arrays.fill(roles, SignatureRole.UNEXPECTED);
        int creator = -1;
        for (int i = 0; i < verdicts.size() && creator < 0; i++) {
            SignerParty party = signerParties.get(i).orElse(null);
            if (!signatures.get(i).countersignature() && party != null && party.kind() == SignerParty.Kind.MANUFACTURER
                    && party.manufacturerId().filter(expected.imageCreatorManufacturerId()::equalsIgnoreCase).isPresent()) {
                creator = i;
                roles[i] = SignatureRole.IMAGE_CREATOR;
            }
        }
        rules.add(creator >= 0
                ? new RuleCheck("Signed by the image creator", true, "Signed by " + signerParties.get(creator).orElseThrow().name()
                        + ", manufacturer " + expected.imageCreatorManufacturerId() + ", named in the form as the image creator.")
                : new RuleCheck("Signed by the image creator", false, "No signature by the manufacturer the form names as"
                        + " the image creator (Manufacturer Identifier " + expected.imageCreatorManufacturerId() + ")"
                        + describeSigners(verdicts) + "."));

        String endorserRule = expected.dccMustEndorse() ? "Endorsed by the DCC" : "Endorsed by the submitting supplier";
        int endorser = -1;
        for (int i = 0; i < verdicts.size() && endorser < 0; i++) {
            if (i == creator) {
                continue;
            }
            boolean onCreator = !signatures.get(i).countersignature()
                    || (creator >= 0 && verdicts.get(creator).id().equals(signatures.get(i).countersigns()));
            SignerParty party = signerParties.get(i).orElse(null);
            boolean right = party != null && (expected.dccMustEndorse() ? party.kind() == SignerParty.Kind.DCC
                    : expected.endorserKnown() ? party.id() == expected.submittingPartyId()
                            && (party.kind() == SignerParty.Kind.SUPPLIER || party.kind() == SignerParty.Kind.DCC)
                    : party.kind() == SignerParty.Kind.SUPPLIER);
            if (onCreator && right) {
                endorser = i;
                roles[i] = SignatureRole.ENDORSER;
            }
        }
        boolean noOtherSignature = verdicts.size() == (creator >= 0 ? 1 : 0);
        if (endorser >= 0) {
            rules.add(new RuleCheck(endorserRule, true, "Endorsed by " + signerParties.get(endorser).orElseThrow().name()
                    + (signatures.get(endorser).countersignature() ? " (a countersignature)." : " (a parallel signature).")
                    + (expected.endorserKnown() || expected.dccMustEndorse() ? ""
                            : " That supplier must be the one that submits it.")));
        } else if (!expected.endorserKnown() && noOtherSignature) {
            rules.add(new RuleCheck(endorserRule, RuleCheck.Outcome.NOT_CHECKED, "Not endorsed yet: "
                    + (expected.dccMustEndorse() ? "the DCC" : "the supplier that submits it") + " adds its signature"
                    + " (a countersignature or a parallel signature) before submitting; it is checked then."));
        } else {
            rules.add(new RuleCheck(endorserRule, false, (expected.dccMustEndorse()
                        ? "This request must be endorsed by the DCC (Communications Hub or SMETS1)"
                        : "This request must be endorsed by the supplier submitting it") + describeSigners(verdicts) + "."));
        }

        List<String> strangers = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == SignatureRole.UNEXPECTED) {
                strangers.add(verdicts.get(i).party() != null ? verdicts.get(i).party()
                        : verdicts.get(i).signerSubject() != null ? verdicts.get(i).signerSubject()
                        : "a signer whose certificate is missing from the signature file");
            }
            signerParties.get(i).filter(p -> !p.enabled()).ifPresent(p -> strangers.add(p.name() + " (disabled)"));
        }
        rules.add(new RuleCheck("No other signers", strangers.isEmpty(), strangers.isEmpty()
                ? "Every signature is the image creator's or the endorser's."
                : "Signed also by " + String.join(", ", strangers) + ", who is neither the image creator nor the endorser."));

        List<SignatureVerdict> result = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            SignatureVerdict v = verdicts.get(i);
            result.add(new SignatureVerdict(v.id(), roles[i], v.signerSubject(), v.party(), v.serialNumber(), v.issuer(),
                    v.signingTime(), v.algorithm(), v.countersignature(), v.indication(), v.subIndication(), v.reasons()));
        }
        return result;
    }

    private static String describeSigners(List<SignatureVerdict> verdicts) {
        List<String> who = verdicts.stream().map(v -> v.party() != null ? v.party()
                : v.signerSubject() != null ? v.signerSubject() + " (no registered party)"
                : "a signer whose certificate is missing from the signature file").toList();
        return who.isEmpty() ? "" : "; it is signed by " + String.join(", ", who);
    }

    private static Verdict overall(List<SignatureVerdict> signatures, List<RuleCheck> rules,
            Supplier<String> detailedReport) {
        Optional<SignatureVerdict> failed = signatures.stream().filter(s -> s.indication() == Indication.TOTAL_FAILED).findFirst();
        Optional<SignatureVerdict> open = signatures.stream().filter(s -> s.indication() == Indication.INDETERMINATE).findFirst();
        Optional<RuleCheck> broken = rules.stream().filter(RuleCheck::failed).findFirst();
        if (failed.isPresent()) {
            return new Verdict(Indication.TOTAL_FAILED, failed.get().subIndication(), "Not passed: "
                    + firstReason(failed.get()), signatures, rules, detailedReport);
        }
        if (open.isPresent()) {
            return new Verdict(Indication.INDETERMINATE, open.get().subIndication(), (open.get().subIndication()
                    == SubIndication.TRY_LATER ? "Try later: " : "Not passed: ") + firstReason(open.get()), signatures,
                    rules, detailedReport);
        }
        if (broken.isPresent()) {
            return new Verdict(Indication.INDETERMINATE, SubIndication.SIG_CONSTRAINTS_FAILURE, "Not passed: "
                    + broken.get().explanation(), signatures, rules, detailedReport);
        }
        return new Verdict(Indication.TOTAL_PASSED, null, (rules.get(1).passed() ? "Passed: " : "Passed so far: ")
                + rules.get(0).explanation() + " " + rules.get(1).explanation(), signatures, rules, detailedReport);
    }

    private static String firstReason(SignatureVerdict verdict) {
        String who = verdict.party() != null ? verdict.party() + "'s signature" : "A signature";
        return who + ": " + (verdict.reasons().isEmpty() ? PlainReasons.of(verdict.subIndication(),
                PlainReasons.Context.of("the signer", verdict.countersignature(), null)) : verdict.reasons().get(0));
    }

    /** The organisation (O=) of a certificate's subject, which names the party in the IKI. */
    static String organisationOf(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("O")) {
                    return rdn.getValue().toString();
                }
            }
            return null;
        } catch (InvalidNameException unreadable) {
            return null;
        }
    }
}

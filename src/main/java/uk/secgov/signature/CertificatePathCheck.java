package uk.secgov.signature;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertPathBuilderException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertStore;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateRevokedException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXReason;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.secgov.platform.time.UkFormat;

/**
 * RFC 5280 certification path validation with revocation checking from the supplied CRLs only (no
 * network look-ups, no OCSP): builds a path from a certificate to one of the trust anchors, checks
 * every certificate on it at the given time, and explains a failure in plain words. A CRL counts only
 * if its issuer's key signed it and it is current at that time ({@code thisUpdate <= time <= nextUpdate}),
 * so a missing or stale CRL gives {@link SubIndication#TRY_LATER}, never a pass.
 */
public class CertificatePathCheck {


    public PathVerdict check(X509Certificate target, Collection<X509Certificate> otherCertificates,
            Collection<X509Certificate> trustAnchors, Collection<X509CRL> crls, Instant at, PolicySettings policy) {
        if (trustAnchors.isEmpty()) {
            return PathVerdict.failed(SubIndication.NO_CERTIFICATE_CHAIN_FOUND,
                    "No IKI trust anchor is registered, so no certificate can be trusted.");
        }
        Set<TrustAnchor> anchors = trustAnchors.stream().map(a -> new TrustAnchor(a, null)).collect(Collectors.toSet());
        Optional<Chain> direct = Chain.byIssuerName(target, otherCertificates, trustAnchors);
        Optional<GeneralSecurityException> directFailure = direct.flatMap(
                chain -> validate(chain, target, otherCertificates, crls, at, policy));
        if (direct.isPresent() && directFailure.isEmpty()) {
            // The usual IKI case: the chain by issuer name is valid, so no search for another path is needed.
            return PathVerdict.passed(direct.get().path(), direct.get().anchor());
        }
        try {
            CertPathBuilder builder = CertPathBuilder.getInstance("PKIX");
            X509CertSelector selector = new X509CertSelector();
            selector.setCertificate(target);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, selector);
            configure(parameters, builder.getRevocationChecker(), target, otherCertificates, crls, at, policy);
            PKIXCertPathBuilderResult result = (PKIXCertPathBuilderResult) builder.build(parameters);
            @SuppressWarnings("unchecked")
            List<X509Certificate> path = (List<X509Certificate>) result.getCertPath().getCertificates();
            return PathVerdict.passed(path, result.getTrustAnchor().getTrustedCert());
        } catch (CertPathBuilderException noValidPath) {
            // The builder only says that no valid path exists; the name chain's own failure says why.
            if (direct.isEmpty()) {
                return PathVerdict.failed(SubIndication.NO_CERTIFICATE_CHAIN_FOUND, "The certificate of "
                        + nameOf(target) + " does not chain to any registered IKI trust anchor.");
            }
            return directFailure.get() instanceof CertPathValidatorException invalid
                    ? explain(invalid, direct.get().path()) : unusable(directFailure.get());
        } catch (GeneralSecurityException unusable) {
            return unusable(unusable);
        }
    }

    private static PathVerdict unusable(GeneralSecurityException e) {
        return PathVerdict.failed(SubIndication.CERTIFICATE_CHAIN_GENERAL_FAILURE,
                "The certificates could not be checked: " + e.getMessage());
    }

    /** Validates a chain as it is; the failure, if any, says which check failed on which certificate. */
    private static Optional<GeneralSecurityException> validate(Chain chain, X509Certificate target,
            Collection<X509Certificate> others, Collection<X509CRL> crls, Instant at, PolicySettings policy) {
        try {
            CertPathValidator validator = CertPathValidator.getInstance("PKIX");
            PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(chain.anchor(), null)));
            configure(parameters, validator.getRevocationChecker(), target, others, crls, at, policy);
            validator.validate(CertificateFactory.getInstance("X.509").generateCertPath(chain.path()), parameters);
            return Optional.empty();
        } catch (GeneralSecurityException failure) {
            return Optional.of(failure);
        }
    }

    private static void configure(PKIXParameters parameters, java.security.cert.CertPathChecker revocation,
            X509Certificate target, Collection<X509Certificate> others, Collection<X509CRL> crls, Instant at,
            PolicySettings policy) throws InvalidAlgorithmParameterException, java.security.NoSuchAlgorithmException {
        List<Object> material = new ArrayList<>(others);
        material.add(target);
        material.addAll(crls);
        parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(material)));
        parameters.setDate(Date.from(at));
        parameters.setInitialPolicies(policy.initialPolicies());
        parameters.setExplicitPolicyRequired(policy.explicitPolicyRequired());
        parameters.setPolicyMappingInhibited(policy.policyMappingInhibited());
        parameters.setAnyPolicyInhibited(policy.anyPolicyInhibited());
        PKIXRevocationChecker crlOnly = (PKIXRevocationChecker) revocation;
        crlOnly.setOptions(EnumSet.of(PKIXRevocationChecker.Option.PREFER_CRLS, PKIXRevocationChecker.Option.NO_FALLBACK));
        parameters.addCertPathChecker(crlOnly);
        parameters.setRevocationEnabled(true);
    }

    private static PathVerdict explain(CertPathValidatorException invalid, List<X509Certificate> path) {
        int index = invalid.getIndex();
        X509Certificate certificate = index >= 0 && index < path.size() ? path.get(index) : path.get(0);
        String who = "the certificate of " + nameOf(certificate) + " (serial " + certificate.getSerialNumber().toString(16)
                + ", issued by " + certificate.getIssuerX500Principal().getName() + ")";
        CertPathValidatorException.Reason reason = invalid.getReason();
        if (reason == CertPathValidatorException.BasicReason.EXPIRED) {
            return PathVerdict.failedOn(SubIndication.OUT_OF_BOUNDS_NO_POE,
                    capitalise(who) + " expired on " + UkFormat.DATE_TIME.format(certificate.getNotAfter().toInstant()) + ".",
                    certificate, certificate.getNotAfter().toInstant(), null);
        }
        if (reason == CertPathValidatorException.BasicReason.NOT_YET_VALID) {
            return PathVerdict.failedOn(SubIndication.NOT_YET_VALID,
                    capitalise(who) + " is not valid until " + UkFormat.DATE_TIME.format(certificate.getNotBefore().toInstant()) + ".",
                    certificate, certificate.getNotBefore().toInstant(), null);
        }
        if (reason == CertPathValidatorException.BasicReason.REVOKED) {
            CertificateRevokedException revoked = invalid.getCause() instanceof CertificateRevokedException r ? r : null;
            return PathVerdict.failedOn(SubIndication.REVOKED, capitalise(who) + " has been revoked"
                    + revocationDetails(invalid) + ".", certificate,
                    revoked == null ? null : revoked.getRevocationDate().toInstant(),
                    revoked == null ? null : revocationReason(revoked));
        }
        if (reason == CertPathValidatorException.BasicReason.UNDETERMINED_REVOCATION_STATUS) {
            return PathVerdict.failedOn(SubIndication.TRY_LATER, "Whether " + who + " is revoked cannot be told: no"
                    + " current CRL signed by " + certificate.getIssuerX500Principal().getName() + " is loaded (it is"
                    + " missing, out of date or not signed by its issuer). Try again once a current CRL is loaded.",
                    certificate, null, null);
        }
        if (reason == CertPathValidatorException.BasicReason.INVALID_SIGNATURE) {
            return PathVerdict.failedOn(SubIndication.CERTIFICATE_CHAIN_GENERAL_FAILURE,
                    "The issuer's signature on " + who + " does not verify.", certificate, null, null);
        }
        if (reason == CertPathValidatorException.BasicReason.ALGORITHM_CONSTRAINED) {
            return PathVerdict.failedOn(SubIndication.CRYPTO_CONSTRAINTS_FAILURE_NO_POE,
                    capitalise(who) + " uses an algorithm or key size that is no longer accepted.", certificate, null, null);
        }
        if (reason == PKIXReason.NO_TRUST_ANCHOR) {
            return PathVerdict.failedOn(SubIndication.NO_CERTIFICATE_CHAIN_FOUND,
                    capitalise(who) + " does not chain to any registered IKI trust anchor.", certificate, null, null);
        }
        return PathVerdict.failedOn(SubIndication.CHAIN_CONSTRAINTS_FAILURE,
                capitalise(who) + " breaks a certificate path rule (" + describe(reason) + "): " + invalid.getMessage(),
                certificate, null, null);
    }

    private static String revocationDetails(CertPathValidatorException invalid) {
        Throwable cause = invalid.getCause();
        if (cause instanceof CertificateRevokedException revoked) {
            return " since " + UkFormat.DATE_TIME.format(revoked.getRevocationDate().toInstant()) + " (reason: "
                    + revocationReason(revoked) + ")";
        }
        return "";
    }

    /** The CRL's reason code in words ("key compromise"). */
    static String revocationReason(CertificateRevokedException revoked) {
        return revoked.getRevocationReason().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String describe(CertPathValidatorException.Reason reason) {
        return reason.toString().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String nameOf(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName();
    }

    /** A chain by issuer name only (for explaining a failure): end entity first, anchor apart. */
    record Chain(List<X509Certificate> path, X509Certificate anchor) {

        static Optional<Chain> byIssuerName(X509Certificate target, Collection<X509Certificate> others,
                Collection<X509Certificate> anchors) {
            List<X509Certificate> path = new ArrayList<>();
            Set<X509Certificate> used = new HashSet<>();
            X509Certificate current = target;
            while (path.size() <= others.size()) {
                path.add(current);
                used.add(current);
                for (X509Certificate anchor : anchors) {
                    if (anchor.getSubjectX500Principal().equals(current.getIssuerX500Principal())) {
                        return Optional.of(new Chain(path, anchor));
                    }
                }
                X509Certificate issuer = null;
                for (X509Certificate candidate : others) {
                    if (!used.contains(candidate)
                            && candidate.getSubjectX500Principal().equals(current.getIssuerX500Principal())) {
                        issuer = candidate;
                        break;
                    }
                }
                if (issuer == null) {
                    return Optional.empty();
                }
                current = issuer;
            }
            return Optional.empty();
        }
    }
}

package uk.secgov.signature;

import eu.europa.esig.dss.enumerations.Level;
import eu.europa.esig.dss.model.policy.ValidationPolicy;
import eu.europa.esig.dss.policy.EtsiValidationPolicy;
import eu.europa.esig.dss.policy.ValidationPolicyFacade;
import eu.europa.esig.dss.policy.jaxb.BasicSignatureConstraints;
import eu.europa.esig.dss.policy.jaxb.CertificateConstraints;
import eu.europa.esig.dss.policy.jaxb.ConstraintsParameters;
import eu.europa.esig.dss.policy.jaxb.LevelConstraint;
import eu.europa.esig.dss.policy.jaxb.SignatureConstraints;
import java.io.InputStream;
import java.lang.reflect.Method;

/**
 * The DSS validation policy for CPL submissions: DSS's default ETSI policy, except that DSS does not
 * judge revocation (the feature's own {@link CertificatePathCheck} does, from the loaded CRLs) and no
 * EU trusted list or qualified status is asked for. Built once; DSS policies are read-only after that.
 */
final class CplValidationPolicy {

    private static volatile ValidationPolicy policy;

    private CplValidationPolicy() {
    }

    static ValidationPolicy get() {
        ValidationPolicy built = policy;
        if (built == null) {
            built = build();
            policy = built;
        }
        return built;
    }

    private static ValidationPolicy build() {
        try (InputStream in = ValidationPolicyFacade.class.getResourceAsStream("/policy/constraint.xml")) {
            ConstraintsParameters parameters = ValidationPolicyFacade.newFacade().unmarshall(in);
            parameters.setName("CPL submission signatures (MP168)");
            relax(parameters.getSignatureConstraints());
            relax(parameters.getCounterSignatureConstraints());
            parameters.setEIDAS(null);
            return new EtsiValidationPolicy(parameters);
        } catch (Exception unreadable) {
            throw new IllegalStateException("DSS's default validation policy cannot be read", unreadable);
        }
    }

    private static void relax(SignatureConstraints constraints) {
        if (constraints == null) {
            return;
        }
        BasicSignatureConstraints basic = constraints.getBasicSignatureConstraints();
        if (basic != null) {
            ignoreRevocation(basic.getSigningCertificate());
            ignoreRevocation(basic.getCACertificate());
            basic.setTrustServiceTypeIdentifier(null);
            basic.setTrustServiceStatus(null);
        }
    }

    /** Every revocation-related constraint of a certificate: informational only (the path check decides). */
    private static void ignoreRevocation(CertificateConstraints certificate) {
        if (certificate == null) {
            return;
        }
        for (Method getter : CertificateConstraints.class.getMethods()) {
            if (getter.getParameterCount() == 0 && getter.getName().startsWith("get")
                    && getter.getName().contains("Revocation")
                    && LevelConstraint.class.isAssignableFrom(getter.getReturnType())) {
                try {
                    LevelConstraint constraint = (LevelConstraint) getter.invoke(certificate);
                    if (constraint != null) {
                        constraint.setLevel(Level.IGNORE);
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }
}

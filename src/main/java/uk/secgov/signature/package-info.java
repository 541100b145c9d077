/**
 * MP168 signature verification for CPL submissions: whether the image creator (the manufacturer)
 * signed the exact submission form and the submitting Supplier or the DCC endorsed it, with
 * certificates that chain to an IKI trust anchor and are not revoked according to a fresh CRL.
 * Verdicts use the ETSI EN 319 102-1 vocabulary and carry a reason a SECAS case worker understands.
 * The only feature that touches cryptographic APIs.
 */
package uk.secgov.signature;

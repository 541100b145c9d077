/**
 * Central Products List governance: the submission form a Supplier or the DCC sends (Appendix Z
 * 4.2), its checks, and (as it grows) the submissions, the Panel's decisions and the append-only
 * register of Device Models and their Hash associations.
 */
package uk.secgov.cpl;

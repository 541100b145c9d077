/**
 * Parties (the organisations taking part in SEC governance: suppliers, the DCC, manufacturers,
 * SECAS, the Panel, the Authority) and the people who act for them, with the roles that decide what
 * each person may see and do. Every other feature asks this one who a caller is and for whom they act.
 */
package uk.secgov.party;

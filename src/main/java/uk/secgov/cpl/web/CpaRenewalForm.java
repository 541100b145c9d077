package uk.secgov.cpl.web;

import java.io.Serializable;

/**
 * The fields of a renewed CPA certificate as SECAS types them (on the CPA warning task and on the entry page):
 * text as entered, checked by {@code CplMaintenance} when the renewal is recorded.
 */
public class CpaRenewalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String cpaCertificate;
    private String cpaExpiry;
    private String cpaRenewal;
    private String note;

    public String getCpaCertificate() {
        return cpaCertificate;
    }

    public void setCpaCertificate(String cpaCertificate) {
        this.cpaCertificate = cpaCertificate;
    }

    public String getCpaExpiry() {
        return cpaExpiry;
    }

    public void setCpaExpiry(String cpaExpiry) {
        this.cpaExpiry = cpaExpiry;
    }

    public String getCpaRenewal() {
        return cpaRenewal;
    }

    public void setCpaRenewal(String cpaRenewal) {
        this.cpaRenewal = cpaRenewal;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

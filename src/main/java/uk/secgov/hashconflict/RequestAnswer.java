package uk.secgov.hashconflict;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.Immutable;
import uk.secgov.cpl.NamedFile;

/** A party's answer to an information request, with its evidence file (kept exactly as uploaded). */
@Entity
@Immutable
@Table(name = "cpl_request_answer")
public class RequestAnswer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Column(name = "answered_by", nullable = false, length = 100)
    private String answeredBy;

    @Column(nullable = false, length = 4000)
    private String answer;

    @Column(name = "evidence_name", length = 255)
    private String evidenceName;

    @Column(name = "evidence_type", length = 100)
    private String evidenceType;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "evidence_bytes")
    private byte[] evidenceBytes;

    @Column(name = "evidence_sha256", length = 64)
    private String evidenceSha256;

    protected RequestAnswer() {
    }

    static RequestAnswer of(long requestId, Instant at, String actor, String answer, NamedFile evidence,
            String evidenceType) {
        RequestAnswer a = new RequestAnswer();
        a.requestId = requestId;
        a.answeredAt = at;
        a.answeredBy = actor;
        a.answer = answer;
        if (evidence != null) {
            a.evidenceName = evidence.name();
            a.evidenceType = evidenceType == null || evidenceType.isBlank() ? "application/octet-stream"
                    : evidenceType.strip();
            a.evidenceBytes = evidence.bytes();
            a.evidenceSha256 = evidence.sha256();
        }
        return a;
    }

    public Long id() {
        return id;
    }

    public long requestId() {
        return requestId;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public String answer() {
        return answer;
    }

    public Optional<String> evidenceName() {
        return Optional.ofNullable(evidenceName);
    }

    public String evidenceType() {
        return evidenceType;
    }

    public byte[] evidenceBytes() {
        return evidenceBytes;
    }

    public String evidenceSha256() {
        return evidenceSha256;
    }
}

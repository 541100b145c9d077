package uk.secgov.hashconflict;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import uk.secgov.hashconflict.InvestigationWorkspace.PartyLine;
import uk.secgov.party.Directory;
import uk.secgov.party.PartyCategory;
import uk.secgov.platform.security.Allowed;

/** SECAS brings parties into an investigation and takes them out while it runs. */
@ApplicationScoped
@Transactional
public class InvestigationParties {

    @Inject
    InvestigationRecorder recorder;

    @Inject
    InvestigationAppends appends;

    @Inject
    Directory directory;

    @Inject
    Clock clock;

    /** SECAS brings a party into the investigation. */
    @Allowed("secas")
    public void addParty(InvestigationViewer viewer, String reference, long partyId) {
        InvestigationRecord r = recorder.runBySecas(viewer, reference);
        record(r, r.addParty(partyId, directory.party(partyId), viewer.username(), clock.instant()));
    }

    /** SECAS takes a party out (its earlier requests and answers stay on record). */
    @Allowed("secas")
    public void removeParty(InvestigationViewer viewer, String reference, long partyId) {
        InvestigationRecord r = recorder.runBySecas(viewer, reference);
        record(r, r.removeParty(partyId, recorder.partyName(partyId), viewer.username(), clock.instant()));
    }

    private void record(InvestigationRecord r, InvestigationRecord.Involvement change) {
        appends.add(change.party());
        recorder.append(r.investigation(), change.event(), false);
    }

    /** The parties SECAS could bring in: enabled Suppliers, the DCC and manufacturers not involved now. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @Allowed("secas")
    public List<PartyLine> partiesToAdd(InvestigationViewer viewer, String reference) {
        InvestigationRecord r = recorder.visible(viewer, reference);
        if (!viewer.secas() || r.isClosed()) {
            return List.of();
        }
        return directory.enabledParties().stream()
                .filter(p -> p.category().isSupplier() || p.category() == PartyCategory.DCC
                        || p.category() == PartyCategory.MANUFACTURER)
                .filter(p -> !r.involves(p.id()))
                .map(p -> new PartyLine(p.id(), p.name(), p.category().label())).toList();
    }
}

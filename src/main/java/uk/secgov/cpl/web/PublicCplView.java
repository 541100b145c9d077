package uk.secgov.cpl.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;
import uk.secgov.cpl.CplEntry;
import uk.secgov.cpl.DeviceType;
import uk.secgov.cpl.EntryFilter;
import uk.secgov.cpl.PublishedCpl;
import uk.secgov.platform.web.DatabasePaged;
import uk.secgov.platform.web.PageAction;

/** The public Central Products List: search and filters, paged in the database. */
@Named
@ViewScoped
public class PublicCplView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final PageAction SEARCH_FORM = PageAction.withFields(Map.of("q", "cplForm:q",
            "deviceType", "cplForm:deviceType", "status", "cplForm:status"));

    @Inject
    transient PublishedCpl cpl;

    private String deviceType;
    private String manufacturerId;
    private String status;
    private String text;
    private transient EntryFilter filter = EntryFilter.ALL;

    private final LazyDataModel<CplEntry> entries = new DatabasePaged<>(() -> cpl.count(filter()),
            (first, size) -> cpl.page(filter(), first, size), e -> String.valueOf(e.model().id()), key -> null);

    private EntryFilter filter() {
        return filter == null ? EntryFilter.ALL : filter;
    }

    public void search() {
        SEARCH_FORM.run(() -> filter = EntryFilter.of(deviceType, manufacturerId, status, text));
    }

    public List<DeviceType> getDeviceTypes() {
        return List.of(DeviceType.values());
    }

    public LazyDataModel<CplEntry> getEntries() {
        return entries;
    }

    public String getDeviceType() {
        return deviceType;
    }

    public void setDeviceType(String deviceType) {
        this.deviceType = deviceType;
    }

    public String getManufacturerId() {
        return manufacturerId;
    }

    public void setManufacturerId(String manufacturerId) {
        this.manufacturerId = manufacturerId;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}

package uk.secgov.cpl;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The Device Types on the CPL. A Communications Hub is a CHF with its GPF. */
public enum DeviceType {
    ESME("Electricity Smart Metering Equipment"),
    GSME("Gas Smart Metering Equipment"),
    CHF("Communications Hub Function"),
    GPF("Gas Proxy Function"),
    PPMID("Prepayment Interface Device"),
    HCALCS("HAN Connected Auxiliary Load Control Switch"),
    SAPC("Standalone Auxiliary Proportional Controller");

    private final String label;

    DeviceType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Part of a Communications Hub: the DCC, not a Supplier, submits and endorses these. */
    public boolean communicationsHub() {
        return this == CHF || this == GPF;
    }

    public static Optional<DeviceType> parse(String text) {
        String code = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
    }

    public static String codes() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}

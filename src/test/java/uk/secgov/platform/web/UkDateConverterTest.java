package uk.secgov.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.faces.convert.ConverterException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class UkDateConverterTest {

    private final UkDateConverter converter = new UkDateConverter();

    @Test
    void readsADateTypedTheUkWayOrAsIso() {
        assertThat(converter.getAsObject(null, null, "30/04/2020")).isEqualTo(LocalDate.of(2020, 4, 30));
        assertThat(converter.getAsObject(null, null, "2020-04-30")).isEqualTo(LocalDate.of(2020, 4, 30));
    }

    @Test
    void leavesAnEmptyFieldEmpty() {
        assertThat(converter.getAsObject(null, null, "  ")).isNull();
        assertThat(converter.getAsString(null, null, null)).isEmpty();
    }

    @Test
    void refusesTextThatIsNoDateSayingHowToWriteIt() {
        assertThatThrownBy(() -> converter.getAsObject(null, null, "31/02/2020"))
                .isInstanceOf(ConverterException.class)
                .extracting(e -> ((ConverterException) e).getFacesMessage().getSummary())
                .isEqualTo("'31/02/2020' is not a date: give it as DD/MM/YYYY.");
    }

    @Test
    void writesADateBackAsTheFieldsAskForIt() {
        assertThat(converter.getAsString(null, null, LocalDate.of(2020, 4, 30))).isEqualTo("2020-04-30");
    }
}

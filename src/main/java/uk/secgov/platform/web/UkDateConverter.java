package uk.secgov.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import uk.secgov.platform.time.UkFormat;

/**
 * The one converter of a date field ({@code <f:converter converterId="ukDate"/>}): it reads what a person types
 * as {@link UkFormat#parseDate} does, the UK way or ISO, and leaves an empty field empty. A date is written back in
 * ISO ({@code 2020-04-30}) because the fields that use it ask for yyyy-mm-dd and also accept it as typed.
 */
@FacesConverter("ukDate")
public class UkDateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UkFormat.parseDate(value);
        } catch (DateTimeParseException e) {
            String message = "'" + value.strip() + "' is not a date: give it as DD/MM/YYYY.";
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.toString();
    }
}

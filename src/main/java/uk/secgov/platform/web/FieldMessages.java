package uk.secgov.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.NamingContainer;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PreRenderViewEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Field messages beside their fields, everything else at the top, nothing twice and nothing lost. Before a page is
 * rendered, each rendered {@code p:message} slot links its field to itself ({@code aria-describedby}, so a screen
 * reader reads the error with the field) and the messages of its field are marked as shown: the layout's top
 * {@code p:messages} ({@code redisplay="false"}) leaves those out and shows the page's own messages and those of any
 * field the page gives no slot.
 */
public final class FieldMessages implements SystemEventListener {

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIViewRoot;
    }

    @Override
    public void processEvent(SystemEvent event) {
        if (event instanceof PreRenderViewEvent) {
            FacesContext faces = FacesContext.getCurrentInstance();
            markShownBeside(slottedFields(faces), faces);
        }
    }

    /** The client ids of the fields that have a rendered slot, each field linked to its slot on the way. */
    private static Set<String> slottedFields(FacesContext faces) {
        Set<String> fields = new HashSet<>();
        faces.getViewRoot().getChildren().forEach(child -> collectSlots(child, fields, faces));
        return fields;
    }

    /**
     * Walks what is rendered, as the page will render it. A table or repeat (a naming container other than a form)
     * is not walked: its rows are not loaded before they are shown, and its rendering rules read the row. A field in
     * one has no slot here, and its messages show at the top.
     */
    private static void collectSlots(UIComponent component, Set<String> fields, FacesContext faces) {
        if (!component.isRendered()) {
            return;
        }
        if (component instanceof UIMessage slot && slot.getFor() != null) {
            UIComponent field = slot.findComponent(slot.getFor());
            if (field != null && field.isRendered()) {
                field.getPassThroughAttributes().putIfAbsent("aria-describedby", slot.getClientId(faces));
                fields.add(field.getClientId(faces));
            }
        }
        if (component instanceof NamingContainer && !(component instanceof UIForm)) {
            return;
        }
        component.getFacetsAndChildren().forEachRemaining(child -> collectSlots(child, fields, faces));
    }

    private static void markShownBeside(Set<String> slottedFields, FacesContext faces) {
        List<String> withMessages = new ArrayList<>();
        faces.getClientIdsWithMessages().forEachRemaining(withMessages::add);
        for (String clientId : withMessages) {
            markShownBeside(slottedFields, clientId, faces.getMessages(clientId));
        }
    }

    /**
     * Marks the messages of a field that has a slot as shown (the slot shows them); those of the page ({@code null})
     * and of a field without a slot stay for the top.
     */
    static void markShownBeside(Set<String> slottedFields, String clientId, Iterator<FacesMessage> messages) {
        if (clientId != null && slottedFields.contains(clientId)) {
            messages.forEachRemaining(FacesMessage::rendered);
        }
    }
}

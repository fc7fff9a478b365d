package org.editio.edit;

import java.util.List;

import org.editio.core.validate.ValidationMessage;

/** The edit would leave the edition invalid (project schema or Schematron): 422, nothing stored. */
public class InvalidEditException extends RuntimeException {

    private final transient List<ValidationMessage> messages;

    public InvalidEditException(String message, List<ValidationMessage> messages) {
        super(message);
        this.messages = List.copyOf(messages);
    }

    public List<ValidationMessage> messages() {
        return messages;
    }
}

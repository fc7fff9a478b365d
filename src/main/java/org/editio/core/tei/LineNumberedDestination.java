package org.editio.core.tei;

import net.sf.saxon.event.Builder;
import net.sf.saxon.event.PipelineConfiguration;
import net.sf.saxon.event.ProxyReceiver;
import net.sf.saxon.event.Receiver;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.serialize.SerializationProperties;

/**
 * A result tree that keeps the line and column of copied nodes, so that a finding on an element a
 * client sent can still name its place in what the client sent after a stylesheet has copied it.
 * (Saxon keeps line numbers only in trees whose builder asks for them; XdmDestination's does not.)
 */
public final class LineNumberedDestination extends XdmDestination {

    @Override
    public Receiver getReceiver(PipelineConfiguration pipe, SerializationProperties params) {
        Receiver receiver = super.getReceiver(pipe, params);
        for (Receiver r = receiver; r != null; r = r instanceof ProxyReceiver proxy ? proxy.getNextReceiver() : null) {
            if (r instanceof Builder builder) {
                builder.setLineNumbering(true);
                break;
            }
        }
        return receiver;
    }
}

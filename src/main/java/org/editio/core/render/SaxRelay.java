package org.editio.core.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Carries a SAX event stream from one thread to another, so that the stage that makes the events and the
 * stage that consumes them run on two cores at once. Events travel in chunks through a bounded queue: the
 * producer waits when the consumer falls behind, so memory stays bounded whatever the document's size.
 * <p>
 * The producer writes to this handler and ends with {@link #finish()}, which waits for the consumer and
 * rethrows its failure. A producer that fails calls {@link #abandon()} instead; the consumer then stops
 * without seeing the rest. A consumer that fails keeps draining, so the producer never blocks on it, and
 * the producer learns of the failure at its next chunk.
 */
final class SaxRelay extends DefaultHandler implements AutoCloseable {

    /** A chunk of a few hundred events makes the queue's locking negligible beside the events' own work. */
    private static final int CHUNK = 512;
    private static final List<Event> END = List.of();
    private static final List<Event> ABANDONED = List.of();

    private final BlockingQueue<List<Event>> chunks = new ArrayBlockingQueue<>(64);
    private final Future<?> consumer;
    private List<Event> chunk = new ArrayList<>(CHUNK);
    private volatile Throwable consumerFailure;
    private boolean closed;

    private SaxRelay(ContentHandler target, ExecutorService threads) {
        this.consumer = threads.submit(() -> {
            consume(target);
            return null;
        });
    }

    /** Starts a consumer on one of {@code threads} that replays, in order, every event written here to {@code target}. */
    static SaxRelay to(ContentHandler target, ExecutorService threads) {
        return new SaxRelay(target, threads);
    }

    /** Waits until the consumer has replayed every event, and rethrows what made it fail. */
    void finish() throws SAXException {
        hand(chunk);
        hand(END);
        closed = true;
        try {
            consumer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SAXException("Interrupted while the next stage finished", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    /**
     * Stops the consumer without the rest of the events, for a producer that failed, and waits until it
     * has stopped: when a consumer is itself the producer of a next stage, that stage may then be
     * abandoned in turn with no event still on its way. Idempotent.
     */
    void abandon() {
        if (closed) {
            return;
        }
        closed = true;
        chunks.clear();
        try {
            chunks.put(ABANDONED);
            consumer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            consumer.cancel(true);
        } catch (ExecutionException e) {
            // The producer's own failure is the one to report.
        }
    }

    @Override
    public void close() {
        abandon();
    }

    private void consume(ContentHandler target) throws Exception {
        boolean replaying = true;
        while (true) {
            List<Event> next = chunks.take();
            if (next == END || next == ABANDONED) {
                break;
            }
            if (!replaying) {
                continue;
            }
            try {
                for (Event event : next) {
                    event.replay(target);
                }
            } catch (Exception | Error e) {
                consumerFailure = e;
                replaying = false;
            }
        }
        Throwable failure = consumerFailure;
        if (failure instanceof Exception e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    private void add(Event event) throws SAXException {
        chunk.add(event);
        if (chunk.size() == CHUNK) {
            hand(chunk);
            chunk = new ArrayList<>(CHUNK);
        }
    }

    private void hand(List<Event> events) throws SAXException {
        Throwable failure = consumerFailure;
        if (failure != null) {
            throw failure(failure);
        }
        try {
            chunks.put(events);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SAXException("Interrupted while handing events to the next stage", e);
        }
    }

    private static SAXException failure(Throwable cause) {
        if (cause instanceof SAXException sax) {
            return sax;
        }
        return new SAXException(cause.getMessage() == null ? cause.toString() : cause.getMessage(),
                cause instanceof Exception e ? e : new RuntimeException(cause));
    }

    @Override
    public void startDocument() throws SAXException {
        add(ContentHandler::startDocument);
    }

    @Override
    public void endDocument() throws SAXException {
        add(ContentHandler::endDocument);
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        add(target -> target.startPrefixMapping(prefix, uri));
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        add(target -> target.endPrefixMapping(prefix));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        // The producer may reuse its Attributes object, so the event keeps a copy.
        Attributes copy = new AttributesImpl(atts);
        add(target -> target.startElement(uri, localName, qName, copy));
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        add(target -> target.endElement(uri, localName, qName));
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        char[] copy = Arrays.copyOfRange(ch, start, start + length);
        add(target -> target.characters(copy, 0, copy.length));
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        char[] copy = Arrays.copyOfRange(ch, start, start + length);
        add(target -> target.ignorableWhitespace(copy, 0, copy.length));
    }

    @Override
    public void processingInstruction(String target, String data) throws SAXException {
        add(next -> next.processingInstruction(target, data));
    }

    /** One SAX event, replayed on the consumer's thread. */
    @FunctionalInterface
    private interface Event {
        void replay(ContentHandler target) throws SAXException;
    }
}

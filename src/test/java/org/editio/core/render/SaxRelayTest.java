package org.editio.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;
import org.xml.sax.helpers.DefaultHandler;

class SaxRelayTest {

    static final ExecutorService THREADS = Executors.newCachedThreadPool();
    static final Duration NO_HANG = Duration.ofSeconds(20);

    @AfterAll
    static void stop() {
        THREADS.shutdownNow();
    }

    /** What a consumer saw, and on which thread. */
    static final class Recorder extends DefaultHandler {
        final List<String> events = new ArrayList<>();
        volatile Thread thread;
        int failAt = -1;

        @Override
        public void startDocument() {
            thread = Thread.currentThread();
            events.add("start");
        }

        @Override
        public void endDocument() {
            events.add("end");
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if (events.size() == failAt) {
                throw new SAXException("consumer broke at event " + failAt);
            }
            events.add("<" + localName + " n=" + atts.getValue("n") + ">");
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            events.add("</" + localName + ">");
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            events.add(new String(ch, start, length));
        }
    }

    /** Writes {@code elements} elements, reusing one Attributes and one char buffer as SAX producers may. */
    static List<String> produce(DefaultHandler to, int elements) throws SAXException {
        List<String> expected = new ArrayList<>();
        AttributesImpl atts = new AttributesImpl();
        char[] buffer = new char[16];
        to.startDocument();
        expected.add("start");
        for (int i = 0; i < elements; i++) {
            atts.clear();
            atts.addAttribute("", "n", "n", "CDATA", String.valueOf(i));
            to.startElement("", "p", "p", atts);
            expected.add("<p n=" + i + ">");
            String text = "text " + i;
            text.getChars(0, text.length(), buffer, 0);
            to.characters(buffer, 0, text.length());
            expected.add(text);
            to.endElement("", "p", "p");
            expected.add("</p>");
        }
        to.endDocument();
        expected.add("end");
        return expected;
    }

    @Test
    void replaysEveryEventInOrderOnAnotherThread() throws SAXException {
        Recorder consumer = new Recorder();
        List<String> expected;
        try (SaxRelay relay = SaxRelay.to(consumer, THREADS)) {
            expected = produce(relay, 20_000);
            relay.finish();
        }
        assertEquals(expected, consumer.events);
        assertNotEquals(Thread.currentThread(), consumer.thread);
    }

    @Test
    void aConsumersFailureReachesTheProducerWithoutHanging() {
        Recorder consumer = new Recorder();
        consumer.failAt = 1000;
        SAXException failure = assertTimeoutPreemptively(NO_HANG, () -> assertThrows(SAXException.class, () -> {
            try (SaxRelay relay = SaxRelay.to(consumer, THREADS)) {
                produce(relay, 200_000);
                relay.finish();
            }
        }));
        assertTrue(failure.getMessage().contains("consumer broke at event 1000"), failure.getMessage());
    }

    @Test
    void aProducerThatStopsEarlyStopsTheConsumer() {
        Recorder consumer = new Recorder();
        assertTimeoutPreemptively(NO_HANG, () -> {
            try (SaxRelay relay = SaxRelay.to(consumer, THREADS)) {
                relay.startDocument();
                for (int i = 0; i < 5000; i++) {
                    relay.startElement("", "p", "p", new AttributesImpl());
                }
                // No finish(): closing abandons the rest and waits for the consumer to stop.
            }
        });
        assertTrue(!consumer.events.contains("end"), "the consumer never saw the end of the document");
        int seen = consumer.events.size();
        assertEquals(seen, consumer.events.size(), "nothing arrives after the relay is closed");
    }
}

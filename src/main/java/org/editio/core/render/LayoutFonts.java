package org.editio.core.render;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.fonts.FontInfo;
import org.apache.fop.fonts.FontTriplet;
import org.apache.fop.fonts.Typeface;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFDocumentHandlerConfigurator;
import org.apache.fop.render.intermediate.util.IFDocumentHandlerProxy;

/**
 * The fonts' metrics for page layout, read from the font files once rather than on every render. FOP
 * reads each face it uses anew for every document, because the PDF embeds a subset of each font and a
 * font records which glyphs the document used. When layout ends in the intermediate format, the fonts
 * of the layout stage are never embedded (the PDF stage has fresh ones of its own), so they can be kept.
 * A font is not safe for two layouts at once, though: each render borrows a set that no other render
 * is using, and a render that finds none idle reads a new set.
 */
final class LayoutFonts {

    private final Queue<FontInfo> idle = new ConcurrentLinkedQueue<>();

    /** A set of fonts no other render holds; give it back with {@link #giveBack}. */
    FontInfo borrow(IFDocumentHandler pdf) throws FOPException {
        FontInfo fonts = idle.poll();
        if (fonts == null) {
            fonts = new FontInfo();
            pdf.getConfigurator().setupFontInfo(MimeConstants.MIME_PDF, fonts);
        }
        return fonts;
    }

    void giveBack(FontInfo fonts) {
        idle.offer(fonts);
    }

    /** {@code pdf}, except that the layout's fonts come from {@code fonts} instead of the font files. */
    static IFDocumentHandler laidOutWith(IFDocumentHandler pdf, FontInfo fonts) {
        IFDocumentHandlerConfigurator configurator = pdf.getConfigurator();
        IFDocumentHandlerConfigurator borrowed = new IFDocumentHandlerConfigurator() {
            @Override
            public void configure(IFDocumentHandler handler) throws FOPException {
                configurator.configure(handler);
            }

            @Override
            public void setupFontInfo(String mimeType, FontInfo layout) {
                for (Map.Entry<FontTriplet, String> triplet : fonts.getFontTriplets().entrySet()) {
                    layout.addFontProperties(triplet.getValue(), triplet.getKey());
                }
                for (Map.Entry<String, Typeface> font : fonts.getFonts().entrySet()) {
                    layout.addMetrics(font.getKey(), font.getValue());
                }
            }
        };
        return new IFDocumentHandlerProxy(pdf) {
            @Override
            public IFDocumentHandlerConfigurator getConfigurator() {
                return borrowed;
            }
        };
    }
}

package org.editio.core.render;

import org.apache.fop.render.intermediate.IFContext;
import org.apache.fop.render.intermediate.IFDocumentHandler;
import org.apache.fop.render.intermediate.IFSerializer;

/**
 * FOP's intermediate format (IF), page by page as FOP lays the pages out. FOP's own IF output holds back
 * every page after one with an unresolved reference, so the contents' page numbers, which wait for the
 * last chapter, would hold back the whole book. PDF places each page by its index, and FOP's own PDF
 * output takes the pages as they come; when this serializer mimics a PDF handler, so does it.
 */
final class PagesAsLaidOut extends IFSerializer {

    private IFDocumentHandler target;

    PagesAsLaidOut(IFContext context) {
        super(context);
    }

    @Override
    public void mimicDocumentHandler(IFDocumentHandler targetHandler) {
        super.mimicDocumentHandler(targetHandler);
        this.target = targetHandler;
    }

    @Override
    public boolean supportsPagesOutOfOrder() {
        return target != null && target.supportsPagesOutOfOrder();
    }
}

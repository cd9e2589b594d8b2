package org.enlace.diagram.style;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;

import org.enlace.model.EntryPointStatus;
import org.enlace.model.LinkKind;

/**
 * The fixed looks of Enlace diagrams. The plan's structure is blue, darker towards the plan; the
 * SDG family orange; GCM objectives green; the Lines of Action purple. Entry points are hexagons
 * whose fill says their status; link kinds differ by colour, dash and arrow, so they stay apart
 * in grey print too.
 */
final class Palette {

    static final Color WHITE = Color.WHITE;
    static final Color BLACK = new Color(0x1A1A1A);
    static final Color MIGRATION_MARK = new Color(0xC00000);
    static final float MIGRATION_MARK_WIDTH = 3f;

    private static final Map<ElementKind, NodeLook> KINDS = new EnumMap<>(ElementKind.class);
    private static final Map<EntryPointStatus, NodeLook> STATUSES = new EnumMap<>(EntryPointStatus.class);
    private static final Map<LinkKind, EdgeLook> LINKS = new EnumMap<>(LinkKind.class);

    static {
        kind(ElementKind.PLAN, NodeShape.RECTANGLE, 0x1F4E79, 0x10273D, WHITE, true);
        kind(ElementKind.PILLAR, NodeShape.RECTANGLE, 0x2E75B6, 0x1F4E79, WHITE, true);
        kind(ElementKind.GOAL, NodeShape.ROUNDED, 0x9DC3E6, 0x2E75B6, BLACK, false);
        kind(ElementKind.TARGET, NodeShape.ROUNDED, 0xDEEBF7, 0x2E75B6, BLACK, false);
        kind(ElementKind.INDICATOR, NodeShape.ELLIPSE, 0xF2F2F2, 0x2E75B6, BLACK, false);
        kind(ElementKind.ENTRY_POINT, NodeShape.HEXAGON, 0xFFF2CC, 0xBF9000, BLACK, false);
        kind(ElementKind.INSTITUTION, NodeShape.RECTANGLE, 0xEDEDED, 0x595959, BLACK, false);
        kind(ElementKind.SDG_GOAL, NodeShape.RECTANGLE, 0xC55A11, 0x843C0C, WHITE, true);
        kind(ElementKind.SDG_TARGET, NodeShape.ROUNDED, 0xF8CBAD, 0xC55A11, BLACK, false);
        kind(ElementKind.SDG_INDICATOR, NodeShape.ELLIPSE, 0xFBE5D6, 0xC55A11, BLACK, false);
        kind(ElementKind.GCM_OBJECTIVE, NodeShape.DOUBLE_ELLIPSE, 0xC6E0B4, 0x548235, BLACK, false);
        kind(ElementKind.ACTION, NodeShape.ROUNDED, 0xE4DFEC, 0x7030A0, BLACK, false);
        kind(ElementKind.OTHER, NodeShape.RECTANGLE, 0xFFFFFF, 0xA6A6A6, BLACK, false);

        status(EntryPointStatus.CANDIDATE, 0xFFFFFF, 0x7F7F7F, BLACK, true);
        status(EntryPointStatus.PROPOSED, 0xFFF2CC, 0xBF9000, BLACK, false);
        status(EntryPointStatus.ACCEPTED, 0xC6EFCE, 0x00B050, BLACK, false);
        status(EntryPointStatus.REJECTED, 0xF4CCCC, 0xC00000, new Color(0x7F7F7F), true);
        status(EntryPointStatus.IMPLEMENTED, 0x00B050, 0x00602B, WHITE, false);

        link(LinkKind.ALIGNS_FULLY, 0x00602B, 2.5f, LineDash.SOLID, ArrowHead.BLOCK);
        link(LinkKind.ALIGNS_PARTIALLY, 0x00B050, 1.5f, LineDash.DASHED, ArrowHead.OPEN);
        link(LinkKind.CONTRIBUTES_TO, 0x2E75B6, 1.5f, LineDash.SOLID, ArrowHead.CLASSIC);
        link(LinkKind.MEASURED_BY, 0x7030A0, 1.5f, LineDash.DOTTED, ArrowHead.DIAMOND);
        link(LinkKind.PROXY_FOR, 0xC55A11, 1.5f, LineDash.DASH_DOT, ArrowHead.OPEN);
        link(LinkKind.DISAGGREGATES, 0x595959, 1.5f, LineDash.DASHED, ArrowHead.OVAL);
    }

    private Palette() {
    }

    static NodeLook of(ElementKind kind) {
        return KINDS.get(kind);
    }

    static NodeLook of(EntryPointStatus status) {
        return STATUSES.get(status);
    }

    static EdgeLook of(LinkKind kind) {
        return LINKS.get(kind);
    }

    private static void kind(ElementKind kind, NodeShape shape, int fill, int stroke, Color font, boolean bold) {
        KINDS.put(kind, new NodeLook(shape, new Color(fill), new Color(stroke), font, 1.5f, false, bold));
    }

    private static void status(EntryPointStatus status, int fill, int stroke, Color font, boolean dashed) {
        STATUSES.put(status, new NodeLook(NodeShape.HEXAGON, new Color(fill), new Color(stroke), font, 1.5f, dashed,
                false));
    }

    private static void link(LinkKind kind, int stroke, float width, LineDash dash, ArrowHead arrow) {
        LINKS.put(kind, new EdgeLook(new Color(stroke), width, dash, arrow));
    }
}

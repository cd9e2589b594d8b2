package org.enlace.diagram.editor;

/** Where align puts the selected nodes: on the selection's left edge, its vertical centre line, … */
enum Alignment {
    LEFT, CENTER, RIGHT, TOP, MIDDLE, BOTTOM
}

package org.enlace.cli;

/**
 * Drawing diagrams and measuring their labels use AWT, which needs no display when headless. The
 * commands that draw say so before AWT starts: on a server, or in an SSH session whose DISPLAY no
 * longer answers, AWT would otherwise try to reach an X server and fail. Commands that open
 * windows never call this.
 */
final class HeadlessRendering {

    private HeadlessRendering() {
    }

    static void ensure() {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }
}

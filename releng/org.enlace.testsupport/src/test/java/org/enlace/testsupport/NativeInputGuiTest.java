package org.enlace.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.EventQueue;
import java.awt.Point;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.MouseAdapter;
import java.awt.event.MouseEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.swing.JFrame;
import javax.swing.JPanel;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A robot's press and release on a real window have been handled once {@link NativeInput#settle()} returns. */
@GuiTest
class NativeInputGuiTest {

    private final List<String> seen = new ArrayList<>();
    private JFrame frame;
    private JPanel panel;

    @BeforeEach
    void showPanel() throws Exception {
        EventQueue.invokeAndWait(() -> {
            panel = new JPanel();
            panel.addMouseListener(new MouseAdapter() {
                @Override
                public void mousePressed(MouseEvent e) {
                    seen.add("pressed " + e.getX() + "," + e.getY());
                }

                @Override
                public void mouseReleased(MouseEvent e) {
                    seen.add("released " + e.getX() + "," + e.getY());
                }
            });
            frame = new JFrame("NativeInputGuiTest");
            frame.add(panel);
            frame.setBounds(40, 40, 200, 150);
            frame.setVisible(true);
        });
        NativeInput.settle();
    }

    @AfterEach
    void closeWindow() throws Exception {
        EventQueue.invokeAndWait(frame::dispose);
    }

    private List<String> seen() throws Exception {
        AtomicReference<List<String>> copy = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> copy.set(List.copyOf(seen)));
        return copy.get();
    }

    @Test
    void aPressAndAReleaseHaveBeenHandledWhenSettleReturns() throws Exception {
        AtomicReference<Point> origin = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> origin.set(panel.getLocationOnScreen()));
        Robot robot = new Robot();
        robot.mouseMove(origin.get().x + 30, origin.get().y + 20);
        NativeInput.settle();
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        NativeInput.settle();
        assertEquals(List.of("pressed 30,20"), seen());
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        NativeInput.settle();
        assertEquals(List.of("pressed 30,20", "released 30,20"), seen());
    }

    @Test
    void onTheEventDispatchThreadItRefusesToWaitForItself() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        EventQueue.invokeAndWait(() -> failure.set(assertThrows(IllegalStateException.class, NativeInput::settle)));
        assertEquals("NativeInput.settle() waits for the event dispatch thread: call it from the test's thread, "
                + "not inside GuiActionRunner or invokeLater", failure.get().getMessage());
    }
}

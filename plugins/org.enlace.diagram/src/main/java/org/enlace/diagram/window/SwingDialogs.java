package org.enlace.diagram.window;

import java.awt.Component;
import java.awt.GridLayout;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.swing.JCheckBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.filechooser.FileNameExtensionFilter;

import org.enlace.model.LinkKind;
import org.enlace.model.l10n.Terms;

/** The window's questions and messages as Swing dialogs over {@code owner}. */
final class SwingDialogs implements DiagramWindowPresenter.Dialogs {

    private final Component owner;

    SwingDialogs(Component owner) {
        this.owner = owner;
    }

    @Override
    public DiagramWindowPresenter.Answer askToSave(String question) {
        String[] options = {WindowText.get("close.save"), WindowText.get("close.dontSave"),
            WindowText.get("close.cancel")};
        int chosen = JOptionPane.showOptionDialog(owner, question, WindowText.get("close.title"),
                JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE, null, options, options[0]);
        return switch (chosen) {
            case 0 -> DiagramWindowPresenter.Answer.SAVE;
            case 1 -> DiagramWindowPresenter.Answer.DONT_SAVE;
            default -> DiagramWindowPresenter.Answer.CANCEL;
        };
    }

    @Override
    public void showError(String title, String message) {
        JOptionPane.showMessageDialog(owner, message, title, JOptionPane.ERROR_MESSAGE);
    }

    /** The link kinds to follow for "add related elements"; empty when the analyst cancels. */
    Optional<Set<LinkKind>> askLinkKinds() {
        JPanel panel = new JPanel(new GridLayout(0, 1));
        panel.add(new JLabel(WindowText.get("related.question")));
        Map<LinkKind, JCheckBox> boxes = new EnumMap<>(LinkKind.class);
        for (LinkKind kind : LinkKind.values()) {
            JCheckBox box = new JCheckBox(Terms.linkKind(kind), true);
            boxes.put(kind, box);
            panel.add(box);
        }
        int answer = JOptionPane.showConfirmDialog(owner, panel, WindowText.get("related.title"),
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE);
        if (answer != JOptionPane.OK_OPTION) {
            return Optional.empty();
        }
        Set<LinkKind> kinds = EnumSet.noneOf(LinkKind.class);
        boxes.forEach((kind, box) -> {
            if (box.isSelected()) {
                kinds.add(kind);
            }
        });
        return Optional.of(kinds);
    }

    /** A file to export to, with {@code extension} added when the name lacks it; empty when cancelled. */
    Optional<Path> askExportFile(Path suggested, String extension) {
        JFileChooser chooser = new JFileChooser(suggested.toAbsolutePath().getParent().toFile());
        chooser.setSelectedFile(suggested.toFile());
        chooser.setFileFilter(new FileNameExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT), extension));
        if (chooser.showSaveDialog(owner) != JFileChooser.APPROVE_OPTION) {
            return Optional.empty();
        }
        Path chosen = chooser.getSelectedFile().toPath();
        String name = chosen.getFileName().toString();
        return Optional.of(name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? chosen
                : chosen.resolveSibling(name + "." + extension));
    }
}

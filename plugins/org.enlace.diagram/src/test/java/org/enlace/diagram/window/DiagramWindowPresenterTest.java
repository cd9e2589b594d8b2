package org.enlace.diagram.window;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.enlace.diagram.PlanFixture;
import org.enlace.model.Diagram;
import org.enlace.model.commands.Bounds;
import org.enlace.model.l10n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's title with its dirty mark, saving, and the decision on closing with unsaved changes. */
class DiagramWindowPresenterTest {

    @TempDir
    Path dir;

    private PlanFixture fixture;
    private Diagram diagram;
    private DiagramWindowPresenter presenter;
    private final List<String> shown = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        fixture = PlanFixture.open(dir);
        diagram = fixture.diagram("PND", fixture.goal(), new Bounds(0, 0, 100, 40));
        presenter = new DiagramWindowPresenter(fixture.session, diagram);
    }

    @AfterEach
    void resetLanguage() {
        Messages.setLocale(null);
    }

    private DiagramWindowPresenter.Dialogs answering(DiagramWindowPresenter.Answer answer) {
        return new DiagramWindowPresenter.Dialogs() {
            @Override
            public DiagramWindowPresenter.Answer askToSave(String question) {
                shown.add(question);
                return answer;
            }

            @Override
            public void showError(String title, String message) {
                shown.add(title + ": " + message.lines().findFirst().orElse(""));
            }
        };
    }

    @Test
    void theTitleNamesFileAndDiagramAndStarsUnsavedChanges() {
        assertEquals("*plan.enlace \u2013 PND \u2013 Enlace", presenter.title());
        assertTrue(presenter.save(answering(DiagramWindowPresenter.Answer.CANCEL)));
        assertEquals("plan.enlace \u2013 PND \u2013 Enlace", presenter.title());
        fixture.session.undo();
        assertEquals("*plan.enlace \u2013 PND \u2013 Enlace", presenter.title());
    }

    @Test
    void aSavedModelClosesWithoutAsking() {
        presenter.save(answering(DiagramWindowPresenter.Answer.CANCEL));
        assertTrue(presenter.mayClose(answering(DiagramWindowPresenter.Answer.CANCEL)));
        assertEquals(List.of(), shown);
    }

    @Test
    void unsavedChangesAskAndCancelKeepsTheWindowOpen() {
        assertFalse(presenter.mayClose(answering(DiagramWindowPresenter.Answer.CANCEL)));
        assertEquals(List.of("Save the changes to plan.enlace before closing?"), shown);
        assertTrue(fixture.session.isDirty());
    }

    @Test
    void dontSaveClosesAndLeavesTheFileAsItWas() throws Exception {
        byte[] before = Files.readAllBytes(fixture.session.file());
        assertTrue(presenter.mayClose(answering(DiagramWindowPresenter.Answer.DONT_SAVE)));
        assertEquals(new String(before), new String(Files.readAllBytes(fixture.session.file())));
    }

    @Test
    void saveClosesWithTheDiagramInTheFile() throws Exception {
        assertTrue(presenter.mayClose(answering(DiagramWindowPresenter.Answer.SAVE)));
        assertFalse(fixture.session.isDirty());
        assertTrue(Files.readString(fixture.session.file()).contains("name=\"PND\""));
    }

    @Test
    void aFailedSaveSaysWhereAndKeepsTheWindowOpen() throws Exception {
        // A folder where the file should be: the save cannot replace it.
        Files.delete(fixture.session.file());
        Files.createDirectory(fixture.session.file());
        assertFalse(presenter.mayClose(answering(DiagramWindowPresenter.Answer.SAVE)));
        assertEquals(2, shown.size());
        assertEquals("Could not save the model: The model could not be saved to "
                + fixture.session.file().toAbsolutePath() + ":", shown.get(1));
        assertTrue(fixture.session.isDirty());
    }
}

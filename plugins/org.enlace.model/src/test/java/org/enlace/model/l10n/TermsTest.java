package org.enlace.model.l10n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EcorePackage;
import org.enlace.model.EnlacePackage;
import org.enlace.model.LinkKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TermsTest {

    private static final EnlacePackage P = EnlacePackage.eINSTANCE;

    @AfterEach
    void resetLanguage() {
        Messages.setLocale(null);
    }

    @Test
    void elementKindsAreNamedWithArticleInTheSingularAndInThePlural() {
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("an SDG target", Terms.withArticle(P.getSdgTarget()));
        assertEquals("GCM objective", Terms.singular(P.getGcmObjective()));
        assertEquals("entry points", Terms.plural(P.getEntryPoint()));
        assertEquals("1 target", Terms.count(1, P.getTarget()));
        assertEquals("3 targets", Terms.count(3, P.getTarget()));
        assertEquals("1 diagram shape", Terms.shapes(1));

        Messages.setLocale(Locale.forLanguageTag("es"));
        assertEquals("una meta ODS", Terms.withArticle(P.getSdgTarget()));
        assertEquals("objetivo del PMM", Terms.singular(P.getGcmObjective()));
        assertEquals("0 indicadores", Terms.count(0, P.getIndicator()));
        assertEquals("5 formas de diagrama", Terms.shapes(5));
    }

    @Test
    void everyKindOfElementAnAnalystMeetsHasItsThreeNamesInBothLanguages() {
        Set<String> unnamed = Set.of("PlanningModel", "Node", "Edge", "Bendpoint", "SdgCatalog", "GcmCatalog",
                "ActionFramework");
        List<EClass> kinds = P.getEClassifiers().stream().filter(EClass.class::isInstance).map(EClass.class::cast)
                .filter(kind -> !kind.isAbstract() && !unnamed.contains(kind.getName())).toList();
        assertEquals(21, kinds.size());
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
            Messages.setLocale(locale);
            for (EClass kind : kinds) {
                for (String text : List.of(Terms.withArticle(kind), Terms.singular(kind), Terms.plural(kind))) {
                    assertNotEquals(kind.getName(), text, locale + ": " + kind.getName());
                }
            }
        }
    }

    @Test
    void aKindWithoutTextIsNamedByItsClassName() {
        assertEquals("EClass", Terms.plural(EcorePackage.Literals.ECLASS));
    }

    @Test
    void linkKindsAreSaidInWords() {
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("aligns partially", Terms.linkKind(LinkKind.ALIGNS_PARTIALLY));
        Messages.setLocale(Locale.forLanguageTag("es"));
        assertEquals("se mide con", Terms.linkKind(LinkKind.MEASURED_BY));
    }

    @Test
    void listsJoinTheLastItemWithAndOrYOrE() {
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("", Terms.list(List.of()));
        assertEquals("goals", Terms.list(List.of("goals")));
        assertEquals("goals and indicators", Terms.list(List.of("goals", "indicators")));
        assertEquals("plans, goals and targets", Terms.list(List.of("plans", "goals", "targets")));

        Messages.setLocale(Locale.forLanguageTag("es"));
        assertEquals("planes, objetivos y metas", Terms.list(List.of("planes", "objetivos", "metas")));
        assertEquals("metas e indicadores", Terms.list(List.of("metas", "indicadores")));
        assertEquals("metas e hijos", Terms.list(List.of("metas", "hijos")));
        assertEquals("agua y hielo", Terms.list(List.of("agua", "hielo")));
        assertEquals("metas y 2 indicadores", Terms.list(List.of("metas", "2 indicadores")));
    }

    @Test
    void aSentenceStartsWithACapital() {
        assertEquals("An indicator", Terms.sentence("an indicator"));
        assertEquals("Índice", Terms.sentence("índice"));
        assertEquals("", Terms.sentence(""));
    }
}

package dev.xiaoer.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The kinds of feature: apart in the index, weighted by their own setting, and what a text is cut into. */
class FeatureKindTest {

    @Test
    void kindsWithTheSameValueAreDifferentFeatures() {
        Feature word = FeatureKind.WORD.of("运单");
        Feature pair = FeatureKind.BIGRAM.of("运单");
        assertNotEquals(word, pair);
        assertNotEquals(word.term(), pair.term(), "one Lucene field holds every kind");
        assertEquals(word, FeatureKind.WORD.of("运单"));
        assertEquals(word.hashCode(), FeatureKind.WORD.of("运单").hashCode());
        for (FeatureKind kind : FeatureKind.values()) {
            Feature f = kind.of("保证");
            assertEquals(kind, f.kind());
            assertEquals("保证", f.value());
        }
    }

    @Test
    void eachKindIsWeightedByItsOwnSetting() {
        RetrievalSettings d = RetrievalSettings.defaults();
        RetrievalSettings s = new RetrievalSettings(d.answerThreshold(), d.clarifyThreshold(), d.clarifyBand(),
                d.maxOptions(), d.candidates(), d.luceneTerms(), 2.0, 3.0, 5.0, d.maxQueryChars(), d.queryFocus(),
                d.unseenWeight(), d.entryWeight(), d.contextWeight(), d.offTopicFactor(), d.optionRatio(), d.minOptionScore(), d.twoAsksScore(),
                d.askingLead(), d.unsaidDecline(), d.calibration());
        assertEquals(2.0 * 1.5, FeatureKind.WORD.weight(s, 1.5, 1));
        assertEquals(3.0 * 1.5, FeatureKind.BIGRAM.weight(s, 1.5, 1));
        assertEquals(5.0 * 1.5 * 2, FeatureKind.PINYIN.weight(s, 1.5, 4), "a feature counted n times weighs √n");
    }

    @Test
    void aTextIsCutIntoWordsPairsAndSounds() {
        Features features = new Features(Set.of("怎么"), Set.of("运单号"));
        Map<Feature, Integer> f = features.of("运单号怎么改 运单号");
        assertEquals(2, f.get(FeatureKind.WORD.of("运单号")), "counted over the phrases");
        assertTrue(f.containsKey(FeatureKind.WORD.of("改")));
        assertTrue(!f.containsKey(FeatureKind.WORD.of("怎么")), "stopwords are dropped");
        assertTrue(f.containsKey(FeatureKind.BIGRAM.of("号改")), "pairs run over what is left, across words");
        assertTrue(f.containsKey(FeatureKind.PINYIN.of("yun_dan")));
        assertTrue(f.keySet().stream().allMatch(x -> x.term().equals(x.kind().of(x.value()).term())));
    }
}

package orbit.nlp.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import orbit.core.doc.Pipeline;
import orbit.core.event.DatePrecision;
import orbit.core.event.Event;
import orbit.core.event.Factuality;
import orbit.nlp.Stages;
import orbit.nlp.petrarch.ConlluParse;
import orbit.nlp.resolve.ActorResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fast twins of {@link EventCoderTest}'s cases of roles, actors and scenes: sentences of the same constructions,
 * given as the parses CoreNLP's UD parser gives them ({@code coder-cases.conllu}), coded without loading CoreNLP.
 */
class CoderCasesTest {
  static final ConlluCases CASES = ConlluCases.read("coder-cases.conllu");

  static String dyad(Event e) {
    return (e.source() == null ? "?" : e.source().country()) + ">" + e.target().country() + ":" + e.root();
  }

  @Test
  void passiveWithAgentTakesTheAgentAsSource() {
    assertThat(CASES.code("passive-agent")).singleElement().satisfies(e -> {
      assertThat(e.source().code()).isEqualTo("RUSMIL");
      assertThat(e.target().country()).isEqualTo("GEO");
      assertThat(e.root()).isIn("18", "19", "20");
      assertThat(e.date()).isEqualTo("2023-03");
      assertThat(e.datePrecision()).isEqualTo(DatePrecision.MONTH);
      assertThat(e.factuality()).isEqualTo(Factuality.ALLEGED);
    });
  }

  @Test
  void passiveWithoutAgentTakesThePoliceOfThePlaceOrLeavesTheSourceUnknown() {
    assertThat(CASES.code("passive-scene")).singleElement().satisfies(e -> {
      assertThat(e.source().code()).isEqualTo("RUSCOP");
      assertThat(e.target().country()).isEqualTo("GEO");
      assertThat(e.root()).isEqualTo("17");
    });
    assertThat(CASES.code("passive-no-scene")).extracting(CoderCasesTest::dyad).containsExactly("?>GEO:17");
  }

  @Test
  void actorsWithoutACountryTakeTheScenesAndDomesticEventsAreKept() {
    List<Event> events = CASES.code("domestic-scene");
    assertThat(events).extracting(CoderCasesTest::dyad).containsExactly("GEO>GEO:14", "GEO>GEO:17", "GEO>GEO:17");
    assertThat(events).allSatisfy(e -> assertThat(e.domestic()).isTrue());
    assertThat(events.get(0).target().code()).isEqualTo("GEOGOV");
    assertThat(events.get(1).source().code()).isEqualTo("GEOCOP");
    assertThat(CASES.code("force-abroad")).noneMatch(Event::domestic);
  }

  @Test
  void anOrganOrPeopleWithoutACountryFacingTheOtherSideOfTheStateAreItsCountrys() {
    // the sentence names two countries, so no scene; the object takes the subject's across the state
    assertThat(CASES.code("domestic-counterpart")).singleElement().satisfies(e -> {
      assertThat(e.source().code()).isEqualTo("KENOPP");
      assertThat(e.target().code()).isEqualTo("KENGOV");
      assertThat(e.root()).isEqualTo("11");
      assertThat(e.domestic()).isTrue();
    });
    assertThat(CASES.code("domestic-counterpart-people")).filteredOn(e -> e.root().equals("17"))
        .singleElement().satisfies(e -> {
          assertThat(e.source().code()).isEqualTo("KAZCOP");
          assertThat(e.target().country()).isEqualTo("KAZ");
        });
  }

  @Test
  void theSubjectOfWhatADemandAsksIsItsTarget() {
    assertThat(CASES.code("request-complement")).singleElement().satisfies(e -> {
      assertThat(e.source().code()).isEqualTo("PERGOV");
      assertThat(e.target().country()).isEqualTo("PER");
      assertThat(e.root()).isEqualTo("10");
    });
  }

  @Test
  void aNameTheParserSplitsStaysOnePhrase() {
    // "Organization" hangs from "Security" by a dep: the phrase still ends with the name, not at "Russian-led"
    assertThat(CASES.code("name-split-by-parse")).singleElement()
        .satisfies(e -> assertThat(e.target().code()).isEqualTo("IGOCASCSTO"));
  }

  @Test
  void aParticipleAfterAReportingClauseIsTheSayersAct() {
    // "calling" hangs from "detained" by a dep; the officials who said it call the detention so
    assertThat(CASES.code("reporting-participle")).filteredOn(e -> e.root().equals("11")).singleElement()
        .satisfies(e -> {
          assertThat(e.source().country()).isEqualTo("LTU");
          assertThat(e.target().country()).isEqualTo("BLR");
        });
  }

  @Test
  void aPluralDemonymArePeopleAndAMeasureNamesWhatItMeasures() {
    assertThat(CASES.code("release-demonym")).extracting(CoderCasesTest::dyad).containsExactly("NOR>RUS:08");
    assertThat(CASES.code("measured-aid")).extracting(CoderCasesTest::dyad).containsExactly("UKR>SYR:07");
  }

  @Test
  void whatAParticipleAfterAMishapTellsHasNoAgent() {
    assertThat(CASES.code("accident-participle")).isEmpty();
  }

  @Test
  void theyInWhatSpeakersSayTheyDidAreTheSpeakers() {
    assertThat(CASES.code("speakers-they")).filteredOn(e -> e.root().equals("17")).singleElement()
        .satisfies(e -> assertThat(e.source().code()).isEqualTo("NLDCOP"));
  }

  @Test
  void aStrikeByWorkersOverAGrievanceIsALabourStrike() {
    assertThat(CASES.code("labour-strike")).extracting(Event::root).containsExactly("14");
  }

  @Test
  void theTwoLeadersAreTheTwoPersonsNamed() {
    assertThat(CASES.code("two-leaders")).filteredOn(e -> e.root().equals("03")).extracting(CoderCasesTest::dyad)
        .containsExactly("TUR>SYR:03");
  }

  @Test
  void aNameHungOnTheClauseBeforeIsTheSubjectOfTheVerbAfterIt() {
    // "…, Argentina's foreign ministry said on Wednesday, calling his detention …": the ministry calls it so
    assertThat(CASES.code("stranded-subject")).filteredOn(e -> e.root().equals("11")).singleElement()
        .satisfies(e -> assertThat(dyad(e)).isEqualTo("ARG>VEN:11"));
  }

  @Test
  void theGroupIsTheGroupThatSpoke() {
    // the parser hangs "Human Rights Watch" on "cleansing"; repaired, it is the subject the discourse remembers
    assertThat(CASES.code("group-that-said")).filteredOn(e -> e.root().equals("02")).singleElement()
        .satisfies(e -> assertThat(e.source().code()).isEqualTo("NGOHRI"));
  }

  @Test
  void aCommonNounBeforeGroupSaysOnlyWhatKind() {
    assertThat(CASES.code("kind-of-group")).filteredOn(e -> e.root().equals("02")).singleElement()
        .satisfies(e -> assertThat(e.source().code()).isEqualTo("NGOHRI"));
  }

  @Test
  void aDenialAnswersTheAccuserOfTheAfterClauseWhereverTheParserHangsIt() {
    assertThat(CASES.code("accuser-acl")).filteredOn(e -> e.cameo().equals("016")).extracting(CoderCasesTest::dyad)
        .containsExactly("SRB>RUS:01");
  }

  @Test
  void troopsFromTheTwoCountriesAreTheTwoCountriesTroops() {
    assertThat(CASES.code("troops-of-the-two")).filteredOn(e -> e.root().equals("19")).extracting(CoderCasesTest::dyad)
        .isNotEmpty().allMatch(d -> d.equals("THA>KHM:19") || d.equals("KHM>THA:19"));
  }

  @Test
  void cuttingDeliveriesReducesRelations() {
    assertThat(CASES.code("cut-deliveries")).extracting(CoderCasesTest::dyad).containsExactly("RUS>MDA:16");
  }

  @Test
  void envoysReturningToACountryVisitIt() {
    assertThat(CASES.code("inspectors-return")).extracting(CoderCasesTest::dyad).containsExactly("IGOUNOIAE>IRN:04");
  }

  @Test
  void raisingTheAlertLevelIsAnAlert() {
    assertThat(CASES.code("alert-level")).extracting(Event::cameo).containsExactly("152");
  }

  @Test
  void whatOneReceivesFromAnotherTheOtherGives() {
    assertThat(CASES.code("received-from")).extracting(CoderCasesTest::dyad).containsExactly("UKR>SYR:07");
  }

  @Test
  void aPardonReleasesPrisoners() {
    assertThat(CASES.code("pardon")).extracting(Event::cameo).containsExactly("0841");
  }

  @Test
  void theFirstOfTwoObjectsOfAVerbOfGivingIsWhoGetsIt() {
    assertThat(CASES.code("giving-two-objects")).extracting(CoderCasesTest::dyad).containsExactly("HUN>SRB:07");
  }

  @Test
  void aGerundAfterByIsTheClauseNotAnAdjective() {
    assertThat(CASES.code("gerund-by")).extracting(CoderCasesTest::dyad).containsExactly("RUS>UKR:19");
  }

  @Test
  void allThreeAreTheThreeCountriesListedBefore() {
    assertThat(CASES.code("all-three")).extracting(CoderCasesTest::dyad).filteredOn(d -> d.startsWith("TUR"))
        .containsExactly("TUR>ARM:11", "TUR>GEO:11", "TUR>MDA:11");
  }

  @Test
  void threeSidesOfAPactArePairedEachWithEach() {
    assertThat(CASES.code("signed-by-three")).extracting(CoderCasesTest::dyad)
        .containsExactlyInAnyOrder("SRB>HUN:05", "SRB>AUT:05", "HUN>AUT:05");
  }

  @Test
  void whatHappenedADayBeforeAnAppealIsAFactDoneByItsOwnSubject() {
    assertThat(CASES.code("day-after")).filteredOn(e -> e.cameo().equals("054"))
        .extracting(e -> dyad(e) + " " + e.factuality().label())
        .containsExactly("CAN>PSE:05 asserted", "AUS>PSE:05 asserted");
  }

  @Test
  void aPurposeClauseIsDoneByTheSubjectNotTheObject() {
    assertThat(CASES.code("purpose-clause")).extracting(e -> e.cameo() + " " + e.source().code())
        .contains("173 GEOCOP");
  }

  @Test
  void aMeetingsPurposeIsPartOfTheMeeting() {
    assertThat(CASES.code("meeting-purpose")).extracting(Event::cameo).containsExactly("043");
  }

  @Test
  void theInfinitiveOfACallIsTheCallsContentNotAResignation() {
    assertThat(CASES.code("call-to-resign")).extracting(Event::cameo).noneMatch(c -> c.startsWith("083"));
  }

  @Test
  void aWarningOrInquiryAtNoOneNamedIsAtHome() {
    assertThat(CASES.code("warning-at-home")).extracting(CoderCasesTest::dyad).containsExactly("UGA>UGA:13");
    assertThat(CASES.code("inquiry-at-home")).extracting(CoderCasesTest::dyad).containsExactly("PER>PER:09");
  }

  @Test
  void aHyphenatedWordSplitByTheTokenizerStillMatchesItsLexiconRow() {
    assertThat(CASES.code("hyphenated-modifier")).extracting(Event::cameo).containsExactly("143");
    assertThat(CASES.code("hyphenated-object")).extracting(e -> dyad(e) + " " + e.cameo()).containsExactly("NOR>UKR:07 072");
  }

  @Test
  void aCutOrAnAidThatNamesNoOneConcernsTheDiscoursesCounterpart() {
    assertThat(CASES.code("revoked-with-discourse")).extracting(CoderCasesTest::dyad).contains("NER>USA:16");
    assertThat(CASES.code("aid-with-discourse")).extracting(CoderCasesTest::dyad).containsExactly("DZA>LBY:07");
  }

  @Test
  void aPastTenseConjunctIsNoPartOfAModalClause() {
    assertThat(CASES.code("finite-conjunct")).extracting(e -> dyad(e) + " " + e.factuality().isFact())
        .containsExactly("RUS>ARM:11 true");
  }

  @Test
  void anActDenouncedInThePassiveConcernsItsDoer() {
    assertThat(CASES.code("act-denounced-in-passive")).extracting(CoderCasesTest::dyad).contains("LTU>BLR:11");
  }

  @Test
  void heRefersBackToTheHolderOfAnOffice() {
    assertThat(CASES.code("office-holder-he")).extracting(CoderCasesTest::dyad).contains("SRB>MNE:11");
  }

  @Test
  void paramilitaryForcesBelongToTheScene() {
    assertThat(CASES.code("paramilitary-at-home")).extracting(e -> dyad(e) + " " + e.source().sector())
        .containsExactly("PAK>PAK:17 MIL");
  }

  @Test
  void aConjoinedObjectMeetsTheObjectConstraint() {
    assertThat(CASES.code("conjoined-object")).extracting(Event::cameo).containsExactly("072");
  }

  @Test
  void peopleDemandingOrAppealingAtHomeAddressTheirGovernment() {
    assertThat(CASES.code("demand-at-home")).filteredOn(e -> e.root().equals("10"))
        .extracting(e -> dyad(e) + " " + e.target().sector()).containsExactly("SRB>SRB:10 GOV");
    assertThat(CASES.code("appeal-at-home")).extracting(e -> dyad(e) + " " + e.target().sector())
        .containsExactly("KEN>KEN:02 GOV");
  }

  @Test
  void whatIsSentIsNeverTheTarget() {
    assertThat(CASES.code("sent-officers")).filteredOn(e -> e.cameo().equals("153"))
        .extracting(e -> e.target().code()).containsExactly("CAFGOV");
  }

  @Test
  void peopleProtestingAtHomeProtestToTheirGovernment() {
    assertThat(CASES.code("protest-at-home")).singleElement().satisfies(e -> {
      assertThat(e.source().code()).isEqualTo("AFGCVL");
      assertThat(e.target().code()).isEqualTo("AFGGOV");
      assertThat(e.root()).isEqualTo("14");
    });
  }

  @Test
  void aMonthNamedLikeAnEventNounIsNoEvent() {
    assertThat(CASES.code("month-name")).isEmpty();
  }

  @Test
  void coordinatedSubjectsYieldOneEventEach() {
    assertThat(CASES.code("coordinated-subjects")).extracting(CoderCasesTest::dyad)
        .containsExactlyInAnyOrder("LVA>RUS:11", "EST>RUS:11");
  }

  @Test
  void coordinatedVerbsShareTheirSubject() {
    List<Event> events = CASES.code("coordinated-verbs");
    assertThat(events).extracting(CoderCasesTest::dyad).containsExactly("GEO>RUS:16", "GEO>RUS:16");
    assertThat(events.get(1).target().code()).isEqualTo("RUSGOV");
  }

  @Test
  void eachOtherYieldsBothDirections() {
    assertThat(CASES.code("each-other")).extracting(CoderCasesTest::dyad)
        .containsExactlyInAnyOrder("IND>PAK:11", "PAK>IND:11");
  }

  @Test
  void eachSideTheOtherRefersToAPairEarlierInTheSentence() {
    assertThat(CASES.code("each-side")).extracting(CoderCasesTest::dyad).contains("IND>PAK:11", "PAK>IND:11");
  }

  @Test
  void aReactionToAnAccordConcernsBothParties() {
    assertThat(CASES.code("accord-reaction")).extracting(CoderCasesTest::dyad)
        .contains("KEN>ETH:05", "KEN>ERI:05", "GBR>ETH:02", "GBR>ERI:02");
  }

  @Test
  void talksBetweenTwoPartiesNeedNoSubject() {
    assertThat(CASES.code("talks-between")).extracting(CoderCasesTest::dyad).contains("ETH>ERI:04", "IND>PAK:19");
  }

  @Test
  void aParagraphKeepsItsSceneAndACapitalIsNamedByItsCountry() {
    assertThat(CASES.code("paragraph-scene"))
        .extracting(e -> e.root() + "@" + (e.location() == null ? null : e.location().name()))
        .containsExactly("04@Tbilisi", "05@Tbilisi", "11@null");
  }

  @Test
  void whatAnAppealAsksForIsNotAnEventOfItsOwn() {
    assertThat(CASES.code("appeal")).extracting(CoderCasesTest::dyad).containsExactly("ARM>AZE:02");
  }

  @Test
  void aPatternCanNameItsSourceAndTargetRoles(@TempDir Path dir) throws IOException {
    Path tsv = dir.resolve("lexicon.tsv");
    Files.writeString(tsv, "190\tverb\tface\tobj=attack source=obj.nmod:from target=nsubj\n");
    Pipeline coding = Stages.with(EventLexicon.read(tsv.toUri().toURL()), ActorResolver.standard())
        .pipeline(ConlluParse.LAYERS, "quotes", "code");
    assertThat(CASES.code("pattern-roles", coding)).extracting(CoderCasesTest::dyad).containsExactly("LBN>ISR:19");
    assertThat(CASES.code("pattern-roles")).isEmpty();
  }

  @Test
  void evidenceIsTheExactSpanOfTheArticleText() {
    String text = CASES.doc("evidence-span").text();
    assertThat(CASES.code("evidence-span")).singleElement().satisfies(e -> {
      assertThat(e.sentence()).isEqualTo(1);
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.evidence());
      assertThat(e.evidence()).isEqualTo("Georgian authorities arrested several Russian nationals");
      assertThat(e.cameo()).isEqualTo("173");
    });
  }

  @Test
  void theTriggerSpanCoversTheVerbOrTheLightVerbThroughItsNoun() {
    String verb = CASES.doc("evidence-span").text();
    assertThat(CASES.code("evidence-span")).singleElement()
        .satisfies(e -> assertThat(verb.substring(e.trigger().start(), e.trigger().end())).isEqualTo("arrested"));
    String light = CASES.doc("dates-places").text();
    assertThat(CASES.code("dates-places")).singleElement()
        .satisfies(e -> assertThat(light.substring(e.trigger().start(), e.trigger().end()))
            .isEqualTo("held direct talks"));
  }

  @Test
  void aCriticismOfTheActJustReportedTargetsWhoeverDidIt() {
    // the secondary predicate as UD gives it, as a dep of the object, and a plain object: the attacker, not the
    // latest country named (the attacked)
    assertThat(CASES.code("event-anaphora-secondary")).extracting(CoderCasesTest::dyad).contains("KEN>ETH:11")
        .doesNotContain("KEN>ERI:11");
    assertThat(CASES.code("event-anaphora-dep")).extracting(CoderCasesTest::dyad).contains("KEN>ERI:11")
        .doesNotContain("KEN>ETH:11");
    assertThat(CASES.code("event-anaphora-object")).extracting(CoderCasesTest::dyad).contains("KEN>ERI:11")
        .doesNotContain("KEN>ETH:11");
  }

  @Test
  void anEventNounWithAnAgentOfItsOwnIsAnEventEvenAsTheObjectOfAnother() {
    // "this month's" says when, not who
    assertThat(CASES.code("nested-event")).extracting(CoderCasesTest::dyad)
        .containsExactlyInAnyOrder("QAT>ISR:11", "ISR>PSE:19");
  }

  @Test
  void aKillingOfAHundredOrMoreIsAMassKillingAndRebelsTakeTheScenesCountry() {
    assertThat(CASES.code("mass-killing")).singleElement().satisfies(e -> {
      assertThat(e.source().code()).isEqualTo("MLIREB");
      assertThat(e.cameo()).isEqualTo("202");
    });
    assertThat(CASES.code("killing")).extracting(Event::cameo).containsExactly("1823");
  }

  @Test
  void anIntentionThatNamesItsActIsAddressedToTheCounterpartABareAgreementIsNot() {
    assertThat(CASES.code("intention-counterpart")).extracting(CoderCasesTest::dyad).contains("CHN>USA:03");
    assertThat(CASES.code("bare-agreement")).extracting(CoderCasesTest::dyad).doesNotContain("CHN>USA:03");
  }

  @Test
  void aMeetingOrVisitThatSetsWhenTheClauseHappenedIsTheClauseAgents() {
    assertThat(CASES.code("visit-circumstance")).extracting(CoderCasesTest::dyad).containsExactly("DEU>UKR:04");
    assertThat(CASES.code("talks-circumstance")).extracting(CoderCasesTest::dyad).contains("GUY>VEN:04");
  }

  @Test
  void theGroupRefersBackToTheLatestNonStateActorAGroupToNoOne() {
    assertThat(CASES.code("refers-back")).extracting(CoderCasesTest::dyad).contains("LBN>ISR:11");
    assertThat(CASES.code("refers-nothing")).extracting(CoderCasesTest::dyad).doesNotContain("LBN>ISR:11");
  }

  @Test
  void aStateActingOnItsPeopleIsADomesticEventOnItsOrgansNone() {
    assertThat(CASES.code("state-and-its-people")).extracting(e -> dyad(e) + " " + e.target().sector())
        .containsExactly("RUS>RUS:17 JRN");
    assertThat(CASES.code("state-and-its-organ")).isEmpty();
  }

  @Test
  void coercionThatNamesNoOneIsAimedAtTheStatesOwnCountryUnlessItsAgentIsAGuessToo() {
    assertThat(CASES.code("coercion-at-home")).extracting(CoderCasesTest::dyad).containsExactly("BGD>BGD:17");
    assertThat(CASES.code("coercion-guessed")).isEmpty();
  }

  @Test
  void sheRefersBackToATitledPersonTheKnowledgeBaseDoesNotKnow() {
    assertThat(CASES.code("titled-unknown-person")).extracting(CoderCasesTest::dyad).containsExactly("LVA>UKR:11");
  }

  @Test
  void aStatedRefusalIsTheRejectionOfTheActAPastNegationIsNoEvent() {
    assertThat(CASES.code("refusal-intention")).singleElement().satisfies(e -> {
      assertThat(e.cameo()).isEqualTo("125");
      assertThat(e.factuality()).isEqualTo(Factuality.ASSERTED);
    });
    assertThat(CASES.code("refusal-verb")).extracting(CoderCasesTest::dyad, Event::cameo)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("VEN>ARG:12", "1243"));
    assertThat(CASES.code("negated-act")).singleElement()
        .satisfies(e -> assertThat(e.factuality()).isEqualTo(Factuality.NEGATED));
  }

  @Test
  void whatADemandOrAppealAsksForIsNoEventOfItsOwn() {
    assertThat(CASES.code("request-clause")).extracting(CoderCasesTest::dyad).containsExactly("QAT>ISR:10");
    assertThat(CASES.code("request-joined")).extracting(CoderCasesTest::dyad).containsExactly("BLR>BLR:02");
  }

  @Test
  void aBodysGatheringDoesNotMeetItsHost() {
    assertThat(CASES.code("summit")).isEmpty();
  }

  @Test
  void rescueTeamsThatArriveBringAidToTheCountryOfThePlaceItsNamedOwnerHolds() {
    // the gazetteer's Santa Cruz is Argentina's; "Bolivia's" says which
    assertThat(CASES.code("aid-arrives")).extracting(CoderCasesTest::dyad, Event::cameo)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ESP>BOL:07", "073"));
  }

  @Test
  void aForcePostureThatNamesNoOneIsAimedAtTheCounterpart() {
    assertThat(CASES.code("posture-counterpart")).extracting(CoderCasesTest::dyad).contains("PAK>IND:15");
  }

  @Test
  void coordinatedMediatorsEachMediateBetweenThePartiesNotWithEachOther() {
    assertThat(CASES.code("mediators")).extracting(CoderCasesTest::dyad)
        .containsExactlyInAnyOrder("KEN>ETH:04", "KEN>ERI:04", "UGA>ETH:04", "UGA>ERI:04");
  }

  @Test
  void forceAimedAtAPlaceHasItsCountryAsTargetAMeetingAtOneHasNot() {
    assertThat(CASES.code("aimed-at")).extracting(CoderCasesTest::dyad).containsExactly("KHM>THA:19");
    assertThat(CASES.code("aimed-elsewhere")).isEmpty();
  }

  @Test
  void aVerbAfterACountryIsNoSectorNoun() {
    assertThat(CASES.code("pressed-its-assault")).singleElement().satisfies(e -> {
      assertThat(e.source().code()).isEqualTo("ISR");
      assertThat(e.target().country()).isEqualTo("LBN");
      assertThat(e.root()).isEqualTo("18");
    });
  }

  @Test
  void forceDoneToAPlaceTargetsItsCountryAnArmedGroupsUnknownTownLiesAtHome() {
    // a state's jets on a town no one names the country of: no target
    assertThat(CASES.code("force-on-a-place")).extracting(CoderCasesTest::dyad).containsExactly("SDN>SDN:19", "PAK>AFG:19");
  }

  @Test
  void anAdjunctsSpecificCodeReplacesItsClausesGenericOne() {
    assertThat(CASES.code("attack-killing")).singleElement().satisfies(e -> {
      assertThat(e.root()).isIn("18", "20");
      assertThat(e.target().country()).isEqualTo("AFG");
    });
  }

  @Test
  void anAgentlessAssaultIsByTheLatestAttackerElseBySomeoneUnknown() {
    assertThat(CASES.code("force-passive-unknown")).extracting(CoderCasesTest::dyad).containsExactly("?>ZWE:18");
    assertThat(CASES.code("force-passive-after-attack")).extracting(CoderCasesTest::dyad)
        .containsExactly("AZE>ARM:19", "AZE>ARM:18");
  }

  @Test
  void anInquiryIntoAnActIsAimedAtWhoeverDidIt() {
    assertThat(CASES.code("inquiry-into-an-act")).extracting(CoderCasesTest::dyad).contains("POL>RUS:09");
  }

  @Test
  void theirOnAnEventACoordinatedSubjectCarriesIsThatSubject() {
    assertThat(CASES.code("their-event")).extracting(CoderCasesTest::dyad).contains("RUS>BLR:06");
  }

  @Test
  void theOneAccusedOfAnActIsItsAgent() {
    List<Event> events = CASES.code("accused-of-doing");
    assertThat(events).extracting(CoderCasesTest::dyad).contains("SDN>ARE:11", "ARE>SDN:07");
    assertThat(events).filteredOn(e -> e.root().equals("07")).singleElement()
        .satisfies(e -> assertThat(e.factuality()).isEqualTo(Factuality.ALLEGED));
  }

  @Test
  void itInWhatABodyAnnouncesIsThatBody() {
    assertThat(CASES.code("it-is-the-body-speaking")).extracting(CoderCasesTest::dyad).contains("RUS>SVK:03");
  }

  @Test
  void forcesSentToAPlaceAtHomeAreADomesticPosture() {
    assertThat(CASES.code("forces-sent-at-home")).singleElement().satisfies(e -> {
      assertThat(dyad(e)).isEqualTo("TJK>TJK:15");
      assertThat(e.domestic()).isTrue();
    });
  }

  @Test
  void anyNounForPeopleIsSomeoneToBeat() {
    assertThat(CASES.code("beat-the-crew")).extracting(CoderCasesTest::dyad).containsExactly("CHN>VNM:18");
  }

  @Test
  void aParticipialAdjunctOfAnotherRootIsAnActOfItsOwn() {
    assertThat(CASES.code("adjunct-of-another-root")).extracting(CoderCasesTest::dyad)
        .containsExactly("ARM>AZE:19", "ARM>AZE:11");
  }

  /**
   * Two parse slips of one reporting clause: of the two subjects given to "said" the nearer is its own, and the
   * predicate noun of "calling the drills a provocation", labelled obl:npmod, is a secondary predicate.
   */
  @Test
  void aMisparsedReportingClauseKeepsItsSpeakerAndPredicate() {
    assertThat(CASES.code("misparsed-reporting-clause")).extracting(CoderCasesTest::dyad).contains("MDA>RUS:11");
  }

  /**
   * A participle opening the sentence, parsed as its subject, is not: the noun before the verb is ("Singapore
   * officers"); and "from Malaysian police" names an actor, not a place whose people were arrested.
   */
  @Test
  void anOpeningParticipleIsNoSubjectAndASectorNounNoPlace() {
    assertThat(CASES.code("opening-participle")).extracting(CoderCasesTest::dyad).containsExactly("SGP>SGP:17");
  }

  /** A number heading a partitive counts what it names: "sent 13 of its MiGs" sends weapons. */
  @Test
  void aPartitiveNumberNamesWhatItCounts() {
    assertThat(CASES.code("partitive-object")).extracting(CoderCasesTest::dyad).containsExactly("SVK>UKR:07");
  }

  /** "A and B pledged assistance to C" is aimed at C, not one between A and B. */
  @Test
  void aJointPledgeToAThirdIsAimedAtIt() {
    assertThat(CASES.code("pledged-to-a-third")).extracting(CoderCasesTest::dyad)
        .containsExactlyInAnyOrder("GBR>AFG:03", "IND>AFG:03");
  }

  /** A leader who receives a person ("@person": a name tagged as a person's) hosts a visit. */
  @Test
  void receivingAPersonIsHostingAVisit() {
    assertThat(CASES.code("received-a-person")).extracting(CoderCasesTest::dyad).containsExactly("KEN>SDN:04");
  }

  /**
   * "called on Hezbollah to hand over", parsed as a clause marked "on" with Hezbollah its subject, is an appeal to
   * Hezbollah; the row's own target role (obl:on) names a partner, so a party of the same country is kept.
   */
  @Test
  void callingOnADomesticPartyIsAnAppealToIt() {
    assertThat(CASES.code("called-on-x-to")).extracting(CoderCasesTest::dyad).containsExactly("LBN>LBN:02");
  }

  /** A denial is aimed at the one it answers ("…, after Kyiv said …"), not at a country of what it denies. */
  @Test
  void aDenialIsAimedAtTheAccuserItAnswers() {
    assertThat(CASES.code("denial-answers-accuser")).extracting(CoderCasesTest::dyad).contains("IRN>UKR:01")
        .doesNotContain("IRN>RUS:01");
  }

  /** A target two modifiers below the object: "halted all exports to and imports from Israel". */
  @Test
  void aTargetMaySitTwoModifiersBelowTheObject() {
    assertThat(CASES.code("target-two-nmods-down")).extracting(CoderCasesTest::dyad).containsExactly("TUR>ISR:16");
  }

  /** Forces put on alert with no agent named are their own state's posture, at home (scene.tsv agent 15 '='). */
  @Test
  void forcesPlacedOnAlertAreTheirStatesPostureAtHome() {
    assertThat(CASES.code("placed-on-alert")).extracting(CoderCasesTest::dyad).containsExactly("BGD>BGD:15");
  }

  /** "freed ten Americans held in its prisons", parsed as a clause "Americans held", frees the Americans. */
  @Test
  void aParticipleAfterTheObjectModifiesIt() {
    assertThat(CASES.code("reduced-relative-object")).extracting(CoderCasesTest::dyad).contains("VEN>USA:08");
  }

  /** The recipient of what the object restricts: "lifted restrictions on exports of chemicals to South Korea". */
  @Test
  void theRecipientOfTheObjectsObjectIsATarget() {
    assertThat(CASES.code("recipient-of-the-objects-object")).extracting(CoderCasesTest::dyad).containsExactly("JPN>KOR:08");
  }

  /** "A and B spoke" is one talk between them (a reciprocal event). */
  @Test
  void twoLeadersWhoSpokeTalkedWithEachOther() {
    assertThat(CASES.code("two-leaders-spoke")).extracting(CoderCasesTest::dyad).containsExactly("CHN>IND:04");
  }

  /** A declared willingness to act is a stated intention (cues.tsv 'willing'): "willing to mediate" is 039. */
  @Test
  void aDeclaredWillingnessIsAnIntention() {
    assertThat(CASES.code("willing-to-mediate")).extracting(Event::cameo).containsOnly("039");
  }
}

package orbit.nlp.code;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import orbit.core.event.Factuality;
import orbit.nlp.resolve.ActorResolver.Resolution;

/**
 * CAMEO's modality conventions in the coder: an actor's stated intention, threat or decision is an event
 * of its own ("will visit" 036, "warned it would strike" 138), asserted or reported, coded by
 * modality.tsv from the act it states; the act is no second event.
 */
final class Intentions {

  /** The code and factuality an event is emitted with; {@code stated}: recoded as a statement of intent or threat. */
  record Coded(String code, Factuality factuality, boolean stated) {}

  private final Modality table;
  private final Factualities factualities;
  private final EventRoles roles;

  Intentions(Modality table, Factualities factualities, EventRoles roles) {
    this.table = table;
    this.factualities = factualities;
    this.roles = roles;
  }

  /**
   * The sentence's triggers with each intention or threat verb that is an event itself and the acts it
   * states of its root coded as one event ("pledged to send troops": the pledge, not also the sending);
   * an act whose statement is of another root stands for an intention verb ("agreed to impose sanctions" 163). A
   * verb whose lexicon reading is generic ("warned", "agreed", "offered to …") takes the code of what it
   * states ("warned it would strike" 138). When the verb names no target, the act's trigger carries the
   * statement's code and finds the actors ("warned that it would attack Israel"), or else the first actor
   * of the act's clause is its target ("pledged to send troops to Azerbaijan").
   */
  List<Trigger> fold(ParseGraph g, Participants who, List<Trigger> found) {
    Map<Integer, Trigger> frames = new HashMap<>();
    for (Trigger t : found) {
      LexiconEntry p = t.pattern();
      if (p.roles().recodesStatements() && p.code() != null && RootPolicies.STANDARD.of(p.root()).states() != null) {
        frames.putIfAbsent(t.predicate(), t);
      }
    }
    Map<Trigger, List<Trigger>> contents = new LinkedHashMap<>();
    Map<Trigger, String> codes = new HashMap<>();
    List<Trigger> replaced = new ArrayList<>();
    List<Trigger> kept = new ArrayList<>(found.size());
    for (Trigger t : found) {
      Factualities.Reading r = factualities.read(g, t.predicate(), t.noun());
      Trigger frame = r.frame() >= 0 ? frames.get(r.frame()) : null;
      if (frame == null || frame == t || !t.pattern().roles().recodesStatements() || !sameHolder(g, who, frame, t)) {
        kept.add(t);
        continue;
      }
      String stated = t.pattern().code() == null ? null : table.stated(t.pattern().code(), r.modality());
      boolean fact = r.factuality() != Factuality.NEGATED;
      String root = frame.pattern().root();
      if (stated != null && !stated.startsWith(root)
          && RootPolicies.STANDARD.of(root).states() != RootPolicies.States.THREAT) {
        kept.add(t); // the act stands for the statement: "agreed to impose sanctions" 163, "promised to punish" 130
        if (fact) {
          replaced.add(frame);
        }
        continue;
      }
      contents.computeIfAbsent(frame, f -> new ArrayList<>()).add(t);
      if (stated != null && fact && generic(frame.pattern())) {
        codes.merge(frame, stated, (a, b) -> a.length() >= b.length() ? a : b);
      }
    }
    kept.removeAll(replaced);
    kept.replaceAll(t -> frames.containsValue(t) ? t : refusal(g, t));
    for (Trigger frame : frames.values()) {
      int at = kept.indexOf(frame);
      if (at < 0) {
        continue; // replaced, or itself stated by another ("agreed to offer talks")
      }
      List<Trigger> acts = contents.getOrDefault(frame, List.of());
      Trigger carrier = hasTarget(g, who, frame) ? frame
          : acts.stream().filter(a -> hasTarget(g, who, a)).findFirst().orElse(statedTarget(g, who, frame));
      if (carrier != frame || codes.containsKey(frame)) {
        kept.set(at, withCode(carrier, codes.getOrDefault(frame, frame.pattern().code())));
      }
    }
    return kept;
  }

  /**
   * A statement naming no target of its own, marked with the first actor of another side that the clause
   * of its own act names ("pledged to send troops to Azerbaijan", "warned that it would strike Israel").
   */
  private Trigger statedTarget(ParseGraph g, Participants who, Trigger frame) {
    List<Resolution> sources = actors(g, who, frame);
    int clause = g.child(frame.predicate(), Ud.XCOMP);
    int complement = g.child(frame.predicate(), Ud.CCOMP);
    if (clause < 0 && complement >= 0) {
      // "warned that it would strike Israel": a complement clause whose subject is the stating actor
      List<Resolution> agents = who.actors(who.agent(complement));
      boolean own = agents.stream().anyMatch(a -> sources.stream().anyMatch(s -> s.country().equals(a.country())));
      clause = own ? complement : -1;
    }
    for (String role : clause < 0 || frame.target() >= 0 ? List.<String>of() : Participants.DEFAULT_TARGETS) {
      int head = who.role(clause, role);
      if (head >= 0 && who.actors(head).stream()
          .anyMatch(t -> sources.stream().noneMatch(s -> who.sameSide(s, t)))) {
        return new Trigger(frame.token(), frame.predicate(), frame.noun(), frame.pattern(), frame.source(), head,
            frame.refused());
      }
    }
    return frame;
  }

  /** A lexicon reading that says nothing of the act stated: bare ("warned") or with any clause ("offered to …"). */
  private static boolean generic(LexiconEntry p) {
    return p.specificity() == 0 || p.xcomps().contains("*") && p.specificity() == 2;
  }

  private boolean hasTarget(ParseGraph g, Participants who, Trigger t) {
    EventRoles.Source source = EventRoles.source(g, who, t);
    List<Resolution> sources = roles.sourceActors(g, who, t, source);
    Phrase span = source.head() >= 0 ? who.span(source.head()) : Phrase.of(t.token());
    return !sources.isEmpty() && !roles.target(g, who, t, sources, source.head(), span).actors().isEmpty();
  }

  /**
   * The code and factuality of an event of code {@code code} read as {@code r}: a fact its actor states as
   * intended, threatened or decided is that statement, by the table ("will visit" 036); where the table has no
   * such statement, or the speaker who says so is of neither party's side ("analysts said X would strike"), it stays
   * hypothetical, as it is not yet a fact. A user's PETRARCH dictionary pattern keeps its own code: the
   * dictionary states its own conventions.
   */
  Coded code(Trigger t, String code, Factualities.Reading r, Resolution source, Resolution target,
      Participants who) {
    LexiconEntry p = t.pattern();
    if (t.refused()) {
      return new Coded(code, r.attributedTo() >= 0 ? Factuality.REPORTED : Factuality.ASSERTED, true);
    }
    if (r.modality() == Modality.Kind.REFUSED) {
      return new Coded(code, Factuality.NEGATED, false); // a refusal the table gives no rejection for
    }
    if (r.modality() == null || !r.factuality().isFact()) {
      return new Coded(code, r.factuality(), false);
    }
    // a party's word: no speaker but the writer, or a speaker of either side (the host announcing a visit to it);
    // "analysts said" is not
    boolean own = r.attributedTo() < 0 || who.actors(r.attributedTo()).stream()
        .anyMatch(s -> s.country().equals(source.country()) || target != null && s.country().equals(target.country()));
    String stated = own && p.roles().recodesStatements() ? table.stated(code, r.modality()) : null;
    return stated == null ? new Coded(code, Factuality.HYPOTHETICAL, false) : new Coded(stated, r.factuality(), true);
  }

  /** Whether the act's subject is the stating verb's (or either is unknown: "it", a passive). */
  private static boolean sameHolder(ParseGraph g, Participants who, Trigger frame, Trigger act) {
    List<Resolution> holders = actors(g, who, frame);
    List<Resolution> agents = actors(g, who, act);
    return holders.isEmpty() || agents.isEmpty()
        || agents.stream().anyMatch(a -> holders.stream().anyMatch(h -> h.country().equals(a.country())));
  }

  private static List<Resolution> actors(ParseGraph g, Participants who, Trigger t) {
    int head = EventRoles.source(g, who, t).head();
    return head >= 0 ? who.actors(head) : List.of();
  }

  private static Trigger withCode(Trigger t, String code) {
    return new Trigger(t.token(), t.predicate(), t.noun(), t.pattern().withCode(code), t.source(), t.target(),
        t.refused());
  }

  /**
   * An act the text says its actor refuses ("would not support the proposal", "refused to release him") as the
   * rejection modality.tsv gives for it (120, 1243), its roles then found as that rejection's; unchanged when the
   * table gives none or the pattern is a user's dictionary's.
   */
  private Trigger refusal(ParseGraph g, Trigger t) {
    LexiconEntry p = t.pattern();
    if (p.code() == null || !p.roles().recodesStatements() || !factualities.read(g, t.predicate(), t.noun()).refusal()) {
      return t;
    }
    String code = table.stated(p.code(), Modality.Kind.REFUSED);
    return code == null ? t
        : new Trigger(t.token(), t.predicate(), t.noun(), p.withCode(code), t.source(), t.target(), true);
  }
}

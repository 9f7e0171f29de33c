// The timeline engine's lexicons, as data. To teach parley a new reporting verb, meeting noun
// or action, add a line here; the morphology in read_verb() finds its inflections.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "engine/timeline/lexicon.hpp"

namespace parley::timeline {
namespace {

using namespace std::string_view_literals;

struct LemmaRow {
  std::string_view lemma;
  VerbClass cls;
  Phase phase;
};

constexpr LemmaRow lemmas[] = {
    // Reporting verbs: the event is a statement by the subject.
    {"say", VerbClass::Reporting, Phase::None}, {"tell", VerbClass::Reporting, Phase::None},
    {"add", VerbClass::Reporting, Phase::None}, {"stress", VerbClass::Reporting, Phase::None},
    {"tweet", VerbClass::Reporting, Phase::None}, {"write", VerbClass::Reporting, Phase::None},
    {"announce", VerbClass::Reporting, Phase::None}, {"acknowledge", VerbClass::Reporting, Phase::None},
    {"confirm", VerbClass::Reporting, Phase::None}, {"deny", VerbClass::Reporting, Phase::None},
    {"warn", VerbClass::Reporting, Phase::None}, {"state", VerbClass::Reporting, Phase::None},
    {"note", VerbClass::Reporting, Phase::None}, {"insist", VerbClass::Reporting, Phase::None},
    {"claim", VerbClass::Reporting, Phase::None}, {"declare", VerbClass::Reporting, Phase::None},
    {"explain", VerbClass::Reporting, Phase::None}, {"report", VerbClass::Reporting, Phase::None},
    {"argue", VerbClass::Reporting, Phase::None}, {"assert", VerbClass::Reporting, Phase::None},
    {"comment", VerbClass::Reporting, Phase::None}, {"reply", VerbClass::Reporting, Phase::None},
    {"respond", VerbClass::Reporting, Phase::None}, {"urge", VerbClass::Reporting, Phase::None},
    {"predict", VerbClass::Reporting, Phase::None}, {"indicate", VerbClass::Reporting, Phase::None},
    {"emphasize", VerbClass::Reporting, Phase::None}, {"emphasise", VerbClass::Reporting, Phase::None},
    {"suggest", VerbClass::Reporting, Phase::None}, {"disclose", VerbClass::Reporting, Phase::None},
    {"reveal", VerbClass::Reporting, Phase::None}, {"promise", VerbClass::Reporting, Phase::None},
    {"pledge", VerbClass::Reporting, Phase::None}, {"vow", VerbClass::Reporting, Phase::None},
    {"admit", VerbClass::Reporting, Phase::None}, {"concede", VerbClass::Reporting, Phase::None},
    {"complain", VerbClass::Reporting, Phase::None}, {"caution", VerbClass::Reporting, Phase::None},
    {"reiterate", VerbClass::Reporting, Phase::None}, {"express", VerbClass::Reporting, Phase::None},
    {"allege", VerbClass::Reporting, Phase::None}, {"testify", VerbClass::Reporting, Phase::None},
    {"remark", VerbClass::Reporting, Phase::None}, {"mention", VerbClass::Reporting, Phase::None},
    {"post", VerbClass::Reporting, Phase::None}, {"accuse", VerbClass::Reporting, Phase::None},
    {"welcome", VerbClass::Reporting, Phase::None}, {"criticize", VerbClass::Reporting, Phase::None},
    {"criticise", VerbClass::Reporting, Phase::None}, {"condemn", VerbClass::Reporting, Phase::None},
    {"praise", VerbClass::Reporting, Phase::None},
    // Meeting verbs: the event is a meeting between the subject and the object.
    {"meet", VerbClass::Meeting, Phase::Whole}, {"negotiate", VerbClass::Meeting, Phase::Whole},
    {"talk", VerbClass::Meeting, Phase::Whole}, {"confer", VerbClass::Meeting, Phase::Whole},
    {"convene", VerbClass::Meeting, Phase::Start}, {"reconvene", VerbClass::Meeting, Phase::Start},
    {"discuss", VerbClass::Meeting, Phase::Whole},  // "the two sides discussed the offer on Monday"
    // Phase verbs: with a meeting noun as subject they pin its start, end or whole span.
    {"begin", VerbClass::Phase, Phase::Start}, {"start", VerbClass::Phase, Phase::Start},
    {"open", VerbClass::Phase, Phase::Start}, {"resume", VerbClass::Phase, Phase::Start},
    {"launch", VerbClass::Phase, Phase::Start}, {"end", VerbClass::Phase, Phase::End},
    {"conclude", VerbClass::Phase, Phase::End}, {"close", VerbClass::Phase, Phase::End},
    {"adjourn", VerbClass::Phase, Phase::End}, {"finish", VerbClass::Phase, Phase::End},
    {"collapse", VerbClass::Phase, Phase::End}, {"hold", VerbClass::Phase, Phase::Whole},
    {"continue", VerbClass::Phase, Phase::Whole}, {"attend", VerbClass::Phase, Phase::Whole},
    // with their particle only ("wrapped up", "kicks off": event_extraction.cpp checks it)
    {"wrap", VerbClass::Phase, Phase::End}, {"kick", VerbClass::Phase, Phase::Start},
    {"recess", VerbClass::Phase, Phase::End}, {"wind", VerbClass::Phase, Phase::End},
    // "the talks foundered", "restarted the talks": phases of a meeting in wire copy
    {"founder", VerbClass::Phase, Phase::End}, {"restart", VerbClass::Phase, Phase::Start},
    {"reopen", VerbClass::Phase, Phase::Start}, {"suspend", VerbClass::Phase, Phase::End},
    // "have commenced a second round": the formal start of agency and official copy
    {"commence", VerbClass::Phase, Phase::Start},
    // Verbs that move an event to a target time: "postponed until Thursday", "expires on".
    {"postpone", VerbClass::Action, Phase::None}, {"delay", VerbClass::Action, Phase::None},
    {"defer", VerbClass::Action, Phase::None}, {"reschedule", VerbClass::Action, Phase::None},
    {"expire", VerbClass::Action, Phase::None}, {"extend", VerbClass::Action, Phase::None},
    {"schedule", VerbClass::Action, Phase::None},
    // Labour and wire-copy actions: "walked out", "stopped work", "abandoned talks", "marched".
    {"walk", VerbClass::Action, Phase::None}, {"stop", VerbClass::Action, Phase::None},
    {"abandon", VerbClass::Action, Phase::None}, {"march", VerbClass::Action, Phase::None},
    {"remove", VerbClass::Action, Phase::None}, {"ask", VerbClass::Action, Phase::None},
    // "called off the strike" (with its particle only), "the proposal was defeated", "the law,
    // enacted February 27", "after staging one-day strikes"
    {"call", VerbClass::Action, Phase::None}, {"defeat", VerbClass::Action, Phase::None},
    // trips: "would go to Moscow next month" (with "to" and a name only), "travels to Geneva"
    {"go", VerbClass::Action, Phase::None}, {"travel", VerbClass::Action, Phase::None},
    {"enact", VerbClass::Action, Phase::None}, {"stage", VerbClass::Action, Phase::None},
    // Actions that carry a time or an order.
    {"impose", VerbClass::Action, Phase::None}, {"lift", VerbClass::Action, Phase::None},
    {"sign", VerbClass::Action, Phase::None}, {"withdraw", VerbClass::Action, Phase::None},
    {"leave", VerbClass::Action, Phase::None}, {"kill", VerbClass::Action, Phase::None},
    {"attack", VerbClass::Action, Phase::None}, {"bomb", VerbClass::Action, Phase::None},
    {"explode", VerbClass::Action, Phase::None}, {"arrest", VerbClass::Action, Phase::None},
    {"elect", VerbClass::Action, Phase::None}, {"invade", VerbClass::Action, Phase::None},
    {"assassinate", VerbClass::Action, Phase::None}, {"resign", VerbClass::Action, Phase::None},
    {"appoint", VerbClass::Action, Phase::None}, {"approve", VerbClass::Action, Phase::None},
    {"reject", VerbClass::Action, Phase::None}, {"pass", VerbClass::Action, Phase::None},
    {"vote", VerbClass::Action, Phase::None}, {"win", VerbClass::Action, Phase::None},
    {"lose", VerbClass::Action, Phase::None}, {"sell", VerbClass::Action, Phase::None},
    {"buy", VerbClass::Action, Phase::None}, {"acquire", VerbClass::Action, Phase::None},
    {"merge", VerbClass::Action, Phase::None}, {"fire", VerbClass::Action, Phase::None},
    {"shoot", VerbClass::Action, Phase::None}, {"die", VerbClass::Action, Phase::None},
    {"injure", VerbClass::Action, Phase::None}, {"wound", VerbClass::Action, Phase::None},
    {"raid", VerbClass::Action, Phase::None}, {"seize", VerbClass::Action, Phase::None},
    {"release", VerbClass::Action, Phase::None}, {"capture", VerbClass::Action, Phase::None},
    {"strike", VerbClass::Action, Phase::None}, {"reinstate", VerbClass::Action, Phase::None},
    {"pursue", VerbClass::Action, Phase::None},
    {"introduce", VerbClass::Action, Phase::None}, {"ban", VerbClass::Action, Phase::None},
    {"agree", VerbClass::Action, Phase::None}, {"accept", VerbClass::Action, Phase::None},
    {"refuse", VerbClass::Action, Phase::None}, {"propose", VerbClass::Action, Phase::None},
    {"offer", VerbClass::Action, Phase::None}, {"order", VerbClass::Action, Phase::None},
    {"sentence", VerbClass::Action, Phase::None}, {"convict", VerbClass::Action, Phase::None},
    {"charge", VerbClass::Action, Phase::None}, {"file", VerbClass::Action, Phase::None},
    {"sue", VerbClass::Action, Phase::None}, {"rule", VerbClass::Action, Phase::None},
    {"rise", VerbClass::Action, Phase::None}, {"fall", VerbClass::Action, Phase::None},
    {"drop", VerbClass::Action, Phase::None}, {"increase", VerbClass::Action, Phase::None},
    {"decline", VerbClass::Action, Phase::None}, {"make", VerbClass::Action, Phase::None},
    {"reach", VerbClass::Action, Phase::None}, {"achieve", VerbClass::Action, Phase::None},
    {"review", VerbClass::Action, Phase::None}, {"exchange", VerbClass::Action, Phase::None},
    {"try", VerbClass::Action, Phase::None}, {"return", VerbClass::Action, Phase::None},
    {"progress", VerbClass::Action, Phase::None}, {"complete", VerbClass::Action, Phase::None},
    {"implement", VerbClass::Action, Phase::None}, {"visit", VerbClass::Action, Phase::None},
    {"arrive", VerbClass::Action, Phase::None}, {"depart", VerbClass::Action, Phase::None},
    {"send", VerbClass::Action, Phase::None}, {"deploy", VerbClass::Action, Phase::None},
    {"destroy", VerbClass::Action, Phase::None}, {"damage", VerbClass::Action, Phase::None},
    {"crash", VerbClass::Action, Phase::None}, {"collide", VerbClass::Action, Phase::None},
    {"occur", VerbClass::Action, Phase::None}, {"happen", VerbClass::Action, Phase::None},
    {"found", VerbClass::Action, Phase::None}, {"build", VerbClass::Action, Phase::None},
    {"create", VerbClass::Action, Phase::None}, {"establish", VerbClass::Action, Phase::None},
    {"publish", VerbClass::Action, Phase::None}, {"issue", VerbClass::Action, Phase::None},
    {"receive", VerbClass::Action, Phase::None}, {"pay", VerbClass::Action, Phase::None},
    {"earn", VerbClass::Action, Phase::None}, {"post", VerbClass::Action, Phase::None},
    {"cut", VerbClass::Action, Phase::None}, {"raise", VerbClass::Action, Phase::None},
    {"hire", VerbClass::Action, Phase::None}, {"name", VerbClass::Action, Phase::None},
    {"plan", VerbClass::Action, Phase::None}, {"expect", VerbClass::Action, Phase::None},
    {"complete", VerbClass::Action, Phase::None}, {"move", VerbClass::Action, Phase::None},
    {"take", VerbClass::Action, Phase::None}, {"give", VerbClass::Action, Phase::None},
    {"find", VerbClass::Action, Phase::None}, {"see", VerbClass::Action, Phase::None},
    {"get", VerbClass::Action, Phase::None}, {"put", VerbClass::Action, Phase::None},
    {"set", VerbClass::Action, Phase::None}, {"lead", VerbClass::Action, Phase::None},
    {"bring", VerbClass::Action, Phase::None}, {"hit", VerbClass::Action, Phase::None},
    {"fly", VerbClass::Action, Phase::None}, {"flee", VerbClass::Action, Phase::None},
    {"escape", VerbClass::Action, Phase::None}, {"rescue", VerbClass::Action, Phase::None},
    {"evacuate", VerbClass::Action, Phase::None}, {"protest", VerbClass::Action, Phase::None},
    {"demand", VerbClass::Action, Phase::None}, {"threaten", VerbClass::Action, Phase::None},
    {"investigate", VerbClass::Action, Phase::None}, {"block", VerbClass::Action, Phase::None},
    {"oppose", VerbClass::Action, Phase::None}, {"support", VerbClass::Action, Phase::None},
    {"help", VerbClass::Action, Phase::None}, {"join", VerbClass::Action, Phase::None},
    {"form", VerbClass::Action, Phase::None}, {"fail", VerbClass::Action, Phase::None},
    {"succeed", VerbClass::Action, Phase::None}, {"trade", VerbClass::Action, Phase::None},
    {"gain", VerbClass::Action, Phase::None}, {"jump", VerbClass::Action, Phase::None},
    {"climb", VerbClass::Action, Phase::None}, {"slip", VerbClass::Action, Phase::None},
    {"plunge", VerbClass::Action, Phase::None}, {"soar", VerbClass::Action, Phase::None},
    {"finish", VerbClass::Action, Phase::None}, {"report", VerbClass::Action, Phase::None},
    // Decisions, texts and sanctions that chronologies of negotiations and disputes date: "the
    // council decided yesterday", "ratified the accord on Friday", "the court sits again on May 7".
    {"decide", VerbClass::Action, Phase::None},
    {"adopt", VerbClass::Action, Phase::None}, {"unveil", VerbClass::Action, Phase::None},
    {"ratify", VerbClass::Action, Phase::None}, {"endorse", VerbClass::Action, Phase::None},
    {"veto", VerbClass::Action, Phase::None}, {"submit", VerbClass::Action, Phase::None},
    {"settle", VerbClass::Action, Phase::None},
    {"shut", VerbClass::Action, Phase::None}, {"halt", VerbClass::Action, Phase::None},
    {"resolve", VerbClass::Action, Phase::None}, {"debate", VerbClass::Action, Phase::None},
    {"award", VerbClass::Action, Phase::None}, {"grant", VerbClass::Action, Phase::None},
    {"amend", VerbClass::Action, Phase::None}, {"cancel", VerbClass::Action, Phase::None},
    {"scrap", VerbClass::Action, Phase::None}, {"boycott", VerbClass::Action, Phase::None},
    {"picket", VerbClass::Action, Phase::None}, {"occupy", VerbClass::Action, Phase::None},
    {"host", VerbClass::Action, Phase::None}, {"invite", VerbClass::Action, Phase::None},
    {"summon", VerbClass::Action, Phase::None}, {"expel", VerbClass::Action, Phase::None},
    {"freeze", VerbClass::Action, Phase::None}, {"devalue", VerbClass::Action, Phase::None},
    {"sit", VerbClass::Action, Phase::None},
};

struct Irregular {
  std::string_view form, lemma;
  VerbForm kind;
};

constexpr Irregular irregulars[] = {
    {"said", "say", VerbForm::PastOrParticiple}, {"says", "say", VerbForm::Third},
    {"told", "tell", VerbForm::PastOrParticiple}, {"wrote", "write", VerbForm::Past},
    {"written", "write", VerbForm::Participle}, {"met", "meet", VerbForm::PastOrParticiple},
    {"began", "begin", VerbForm::Past}, {"begun", "begin", VerbForm::Participle},
    {"held", "hold", VerbForm::PastOrParticiple}, {"left", "leave", VerbForm::PastOrParticiple},
    {"withdrew", "withdraw", VerbForm::Past}, {"withdrawn", "withdraw", VerbForm::Participle},
    {"won", "win", VerbForm::PastOrParticiple}, {"lost", "lose", VerbForm::PastOrParticiple},
    {"sold", "sell", VerbForm::PastOrParticiple}, {"bought", "buy", VerbForm::PastOrParticiple},
    {"shot", "shoot", VerbForm::PastOrParticiple}, {"died", "die", VerbForm::PastOrParticiple},
    {"struck", "strike", VerbForm::PastOrParticiple}, {"stricken", "strike", VerbForm::Participle},
    {"rose", "rise", VerbForm::Past}, {"risen", "rise", VerbForm::Participle},
    {"fell", "fall", VerbForm::Past}, {"fallen", "fall", VerbForm::Participle},
    {"made", "make", VerbForm::PastOrParticiple}, {"paid", "pay", VerbForm::PastOrParticiple},
    {"sent", "send", VerbForm::PastOrParticiple}, {"found", "find", VerbForm::PastOrParticiple},
    {"built", "build", VerbForm::PastOrParticiple}, {"cut", "cut", VerbForm::PastOrParticiple},
    {"took", "take", VerbForm::Past}, {"taken", "take", VerbForm::Participle},
    {"gave", "give", VerbForm::Past}, {"given", "give", VerbForm::Participle},
    {"saw", "see", VerbForm::Past}, {"seen", "see", VerbForm::Participle},
    {"got", "get", VerbForm::PastOrParticiple}, {"gotten", "get", VerbForm::Participle},
    {"put", "put", VerbForm::PastOrParticiple}, {"set", "set", VerbForm::PastOrParticiple},
    {"led", "lead", VerbForm::PastOrParticiple}, {"brought", "bring", VerbForm::PastOrParticiple},
    {"hit", "hit", VerbForm::PastOrParticiple}, {"flew", "fly", VerbForm::Past},
    {"flown", "fly", VerbForm::Participle}, {"fled", "flee", VerbForm::PastOrParticiple},
    {"ran", "run", VerbForm::Past}, {"sat", "sit", VerbForm::PastOrParticiple},
    {"froze", "freeze", VerbForm::Past}, {"frozen", "freeze", VerbForm::Participle}, {"forgot", "forget", VerbForm::Past},
    {"spoke", "speak", VerbForm::Past}, {"spoken", "speak", VerbForm::Participle},
    {"broke", "break", VerbForm::Past}, {"broken", "break", VerbForm::Participle},
    {"came", "come", VerbForm::Past}, {"went", "go", VerbForm::Past}, {"gone", "go", VerbForm::Participle},
    {"knew", "know", VerbForm::Past}, {"known", "know", VerbForm::Participle},
    {"thought", "think", VerbForm::PastOrParticiple}, {"felt", "feel", VerbForm::PastOrParticiple},
    {"kept", "keep", VerbForm::PastOrParticiple}, {"heard", "hear", VerbForm::PastOrParticiple},
    {"stood", "stand", VerbForm::PastOrParticiple}, {"spent", "spend", VerbForm::PastOrParticiple},
    {"became", "become", VerbForm::Past}, {"chose", "choose", VerbForm::Past},
    {"chosen", "choose", VerbForm::Participle}, {"drove", "drive", VerbForm::Past},
    {"driven", "drive", VerbForm::Participle}, {"threw", "throw", VerbForm::Past},
    {"thrown", "throw", VerbForm::Participle}, {"fought", "fight", VerbForm::PastOrParticiple},
    {"caught", "catch", VerbForm::PastOrParticiple}, {"sought", "seek", VerbForm::PastOrParticiple},
    {"taught", "teach", VerbForm::PastOrParticiple}, {"dealt", "deal", VerbForm::PastOrParticiple},
    {"meant", "mean", VerbForm::PastOrParticiple}, {"hid", "hide", VerbForm::Past},
    {"bore", "bear", VerbForm::Past}, {"born", "bear", VerbForm::Participle},
    {"swore", "swear", VerbForm::Past}, {"sworn", "swear", VerbForm::Participle},
    {"grew", "grow", VerbForm::Past}, {"grown", "grow", VerbForm::Participle},
    {"drew", "draw", VerbForm::Past}, {"drawn", "draw", VerbForm::Participle},
    {"blew", "blow", VerbForm::Past}, {"blown", "blow", VerbForm::Participle},
    {"sank", "sink", VerbForm::Past}, {"sunk", "sink", VerbForm::Participle},
    {"bid", "bid", VerbForm::PastOrParticiple}, {"quit", "quit", VerbForm::PastOrParticiple},
    {"spread", "spread", VerbForm::PastOrParticiple}, {"shut", "shut", VerbForm::PastOrParticiple},
    {"rang", "ring", VerbForm::Past}, {"hung", "hang", VerbForm::PastOrParticiple},
    {"lent", "lend", VerbForm::PastOrParticiple}, {"overthrew", "overthrow", VerbForm::Past},
    {"undertook", "undertake", VerbForm::Past}, {"forbade", "forbid", VerbForm::Past},
    {"wound", "wind", VerbForm::PastOrParticiple},  // "wound up the meeting" (the injury is "wounded")
};

constexpr std::string_view abbreviations[] = {
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt", "Capt", "Cmdr",
    "Adm", "St", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Bros", "vs", "etc", "al", "No", "Jan", "Feb",
    "Mar", "Apr", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec", "Mt", "Ft", "Ave", "Dept", "Univ", "Rev",
    "Gens", "Sens", "Reps", "Maj", "Brig", "Supt", "Insp", "Assn", "approx", "Calif", "Fla", "Mass",
    "Ill", "Penn", "Wash", "Va", "Ga", "Ariz", "Colo", "Conn", "Tenn", "Tex", "Mich", "Wis", "Minn",
};

constexpr std::string_view title_abbreviations[] = {
    "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Sen.", "Rep.", "Gov.", "Lt.", "Col.", "Sgt.",
    "Capt.", "Cmdr.", "Adm.", "St.", "Rev.", "Maj.", "Brig.", "Gens.", "Sens.", "Reps.", "No.",
};

constexpr std::string_view sentence_openers[] = {
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "in", "on", "at", "this", "that",
    "these", "those", "there", "his", "her", "their", "its", "after", "before", "when", "while", "yet",
    "however", "meanwhile", "also", "some", "many", "most", "officials", "mr.", "mrs.", "ms.", "dr.",
};

constexpr std::string_view negotiation_nouns[] = {
    "talks", "round", "rounds", "meeting", "meetings", "session", "sessions", "negotiations",
    "negotiation", "summit", "conference", "consultations", "dialogue",
    // plural only: "the second round of discussions", "discussions began at 10 am" name talks;
    // "a discussion of the issue" does not
    "discussions",
};

// Occasions that are events only when a time of their own dates them ("yesterday's ruling",
// "Tuesday's vote"); "a ruling on the case" alone is no event.
constexpr std::string_view occasion_nouns[] = {
    "ruling", "hearing", "debate", "vote", "decision", "announcement", "speech",
};

constexpr std::string_view event_nouns[] = {
    "assassination", "withdrawal", "attack", "attacks", "bombing", "bombings", "explosion", "election",
    "invasion", "war", "crash", "killing", "killings", "murder", "coup", "arrest", "resignation",
    "visit", "ceasefire", "cease-fire", "referendum", "merger", "acquisition", "earthquake", "blast",
    "raid", "strike", "strikes", "massacre", "shooting", "collapse", "fire", "hijacking", "kidnapping",
    "ouster", "overthrow", "revolution", "uprising", "riot", "riots", "protest", "protests", "trial",
    "verdict", "takeover", "bankruptcy",
};

constexpr std::string_view title_words[] = {
    "president", "minister", "chief", "official", "officials", "spokesman", "spokeswoman",
    "spokesperson", "secretary", "ambassador", "envoy", "commander", "leader", "chairman",
    "chairwoman", "director", "head", "heads", "king", "queen", "prince", "premier", "chancellor",
    "senator", "governor", "general", "mayor", "negotiator", "negotiators", "diplomat", "diplomats",
    "representative", "deputy", "adviser", "advisor", "lawyer", "judge", "analyst", "analysts",
    "officer", "executive", "ceo", "prime", "foreign", "policy", "delegation", "delegations",
    "administration", "government", "ministry", "department", "state", "former", "vice", "police",
    "attorney", "general", "speaker", "justice", "sheriff", "coach", "manager", "economist",
};

constexpr std::string_view determiners[] = {
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
    "your", "some", "any", "each", "every", "no", "another", "such", "all", "both", "several",
};

constexpr std::string_view prepositions[] = {
    "in", "on", "at", "by", "for", "with", "from", "to", "of", "about", "after", "before", "since",
    "during", "until", "over", "under", "through", "between", "against", "into", "onto", "without",
    "within", "amid", "among", "despite", "as", "than", "via", "toward", "towards", "upon", "like",
};

constexpr std::string_view pronouns[] = {"he", "she", "they", "it", "we", "i", "you"};

constexpr std::string_view clause_words[] = {
    "who", "which", "that", "while", "because", "although", "though", "whereas", "when", "where",
    "if", "unless", "whether", "but", "and", "or", "so", "as", "after", "before", "since", "until",
};

// -ed words that are almost always adjectives or nouns in news text, and verbs that are not
// events a timeline wants.
constexpr std::string_view non_event_words[] = {
    "united", "based", "related", "used", "so-called", "called", "named", "expected", "concerned",
    "advanced", "limited", "armed", "detailed", "proposed", "supposed", "alleged", "interested",
    "red", "bed", "need", "feed", "speed", "seed", "deed", "hundred", "indeed", "embed", "shed",
    "wed", "fled", "bred", "led", "sled", "shred", "weed", "greed", "creed", "breed", "tweed",
    "proceed", "exceed", "succeed", "unnamed", "unidentified", "unprecedented", "sophisticated",
    "complicated", "dedicated", "experienced", "talented", "united", "reed",
};

// Auxiliaries and the words allowed between them and their verb.
constexpr std::string_view adverbs_between[] = {
    "not", "n't", "never", "already", "also", "just", "still", "yet", "recently", "now", "reportedly",
    "apparently", "previously", "finally", "officially", "formally", "only", "repeatedly", "currently",
    "since", "long", "first", "again", "quickly", "largely", "been", "being", "be", "have",
};

constexpr std::string_view attribution_words[] = {
    "reporters", "journalists", "correspondents", "press", "news", "conference", "briefing", "late",
    "early", "earlier", "later", "interview", "statement", "television", "radio", "editorial",
    "letter", "speech", "address", "remarks", "message", "broadcast", "published", "issued",
    "dated",
};

constexpr std::string_view term_words[] = {
    "payable", "due", "maturing", "expiring", "effective", "deadline",
};

struct ChannelRow {
  std::string_view noun, channel;
};
constexpr ChannelRow channels[] = {
    {"twitter", "Twitter"}, {"facebook", "Facebook"}, {"statement", "statement"},
    {"email", "email"}, {"e-mail", "email"}, {"interview", "interview"}, {"letter", "letter"},
    {"communique", "communique"}, {"briefing", "briefing"}, {"speech", "speech"},
    {"telegram", "Telegram"}, {"television", "television"}, {"radio", "radio"},
    {"conference", "news conference"}, {"post", "post"}, {"tweet", "Twitter"}, {"blog", "blog"},
};

// A word lowercased into a buffer on the stack: the lexicon is asked about every token, several
// times, so lookups allocate nothing. Longer words than the buffer are in no table.
class Lowered {
 public:
  explicit Lowered(std::string_view w) : ok_(w.size() <= sizeof buf_) {
    if (!ok_) return;
    for (std::size_t i = 0; i < w.size(); ++i) {
      const char c = w[i];
      buf_[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c;
    }
    len_ = w.size();
  }
  bool ok() const { return ok_; }
  std::string_view view() const { return {buf_, len_}; }

 private:
  char buf_[40];
  std::size_t len_ = 0;
  bool ok_;
};

// A table's words as packed keys (up to 16 letters in two integers) in an open-addressing hash
// table, looked up lowercasing and packing in one pass: the extractor asks these questions of
// every token many times (a scan of the table with a string compare per entry was a sixth of its
// time, a binary search over the keys still a fifth).
class WordSet {
 public:
  template <std::size_t N>
  explicit WordSet(const std::string_view (&table)[N]) {
    std::size_t slots = 16;
    while (slots < 2 * N + 1) slots *= 2;
    slots_.assign(slots, Key{});
    for (std::string_view w : table) {
      if (w.size() > 16) {
        long_words_.push_back(w);
      } else if (w.empty()) {
        has_empty_ = true;
      } else {
        const Key key = pack(w, false);  // as written: a table word in capitals is never found
        std::size_t i = slot_of(key);
        while (!(slots_[i] == Key{}) && !(slots_[i] == key)) i = (i + 1) & (slots_.size() - 1);
        slots_[i] = key;
      }
    }
    std::sort(long_words_.begin(), long_words_.end());
  }
  // Whether `w`, lowercased (ASCII), is in the table.
  bool contains_lower(std::string_view w) const {
    if (w.size() > 16) {
      const Lowered l(w);
      return l.ok() && std::binary_search(long_words_.begin(), long_words_.end(), l.view());
    }
    const Key key = pack(w, true);
    // A word of zero bytes only packs as the empty word does (and as the empty slot).
    if (key == Key{}) return has_empty_;
    for (std::size_t i = slot_of(key);; i = (i + 1) & (slots_.size() - 1)) {
      if (slots_[i] == key) return true;
      if (slots_[i] == Key{}) return false;
    }
  }

 private:
  using Key = std::pair<std::uint64_t, std::uint64_t>;
  // The bytes in order (w.size() <= 16), zero-padded, ASCII upper case lowered when `lower`:
  // words that differ differ here (no table word holds a zero byte). Copied in one go and
  // lowered eight bytes at a time: this runs for every lookup.
  static Key pack(std::string_view w, bool lower) {
    std::uint64_t k[2] = {0, 0};
    std::memcpy(k, w.data(), w.size());
    if (lower) {
      k[0] = lower8(k[0]);
      k[1] = lower8(k[1]);
    }
    return {k[0], k[1]};
  }
  // Sets bit 5 of each byte in 'A'..'Z' (bytes from 0x80 up are left as they are).
  static std::uint64_t lower8(std::uint64_t x) {
    constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    const std::uint64_t low7 = x & ~high;
    const std::uint64_t at_least_a = low7 + ones * (0x80 - 'A');      // high bit set where byte >= 'A'
    const std::uint64_t above_z = low7 + ones * (0x80 - 'Z' - 1);     // high bit set where byte > 'Z'
    const std::uint64_t upper = at_least_a & ~above_z & ~x & high;     // and the byte is ASCII
    return x | (upper >> 2);
  }
  std::size_t slot_of(const Key& key) const {
    return static_cast<std::size_t>(((key.first * 0x9E3779B97F4A7C15ull) ^ (key.second * 0xC2B2AE3D27D4EB4Full)) >> 32) &
           (slots_.size() - 1);
  }
  std::vector<Key> slots_;
  bool has_empty_ = false;
  std::vector<std::string_view> long_words_;
};

bool contains_lower(const WordSet& set, std::string_view w) { return set.contains_lower(w); }

struct VerbIndex {
  std::unordered_map<std::string_view, const LemmaRow*> lemma;
  std::unordered_map<std::string_view, const Irregular*> irregular;
  VerbIndex() {
    for (const auto& r : lemmas) lemma.emplace(r.lemma, &r);
    for (const auto& r : irregulars) irregular.emplace(r.form, &r);
  }
};

const VerbIndex& index() {
  static const VerbIndex idx;
  return idx;
}

struct WordSets {
  WordSet sentence_openers{timeline::sentence_openers}, negotiation_nouns{timeline::negotiation_nouns},
      occasion_nouns{timeline::occasion_nouns},
      event_nouns{timeline::event_nouns}, title_words{timeline::title_words}, determiners{timeline::determiners},
      prepositions{timeline::prepositions}, pronouns{timeline::pronouns}, clause_words{timeline::clause_words},
      non_event_words{timeline::non_event_words}, adverbs_between{timeline::adverbs_between},
      attribution_words{timeline::attribution_words}, term_words{timeline::term_words};
};

const WordSets& sets() {
  static const WordSets s;
  return s;
}

std::optional<VerbReading> reading(std::string_view lemma, VerbForm form) {
  auto& idx = index();
  auto it = idx.lemma.find(lemma);
  if (it == idx.lemma.end()) return std::nullopt;
  return VerbReading{it->second->lemma, it->second->cls, form, it->second->phase};
}

}  // namespace

std::optional<VerbReading> read_verb(std::string_view word) {
  if (word.size() < 2 || word.size() > 30) return std::nullopt;
  const Lowered lowered(word);
  const std::string_view w = lowered.view();
  auto& idx = index();
  if (auto it = idx.irregular.find(w); it != idx.irregular.end()) {
    // an irregular form whose lemma is outside the lexicon is still a verb the extractor may use
    auto r = reading(it->second->lemma, it->second->kind);
    if (r) return r;
    return VerbReading{it->second->lemma, VerbClass::Action, it->second->kind, Phase::None};
  }
  if (auto r = reading(w, VerbForm::Base)) return r;
  auto ends = [&](std::string_view x) { return w.size() > x.size() + 1 && w.ends_with(x); };
  // a stem with a letter added ("announc" + "e", "appl" + "y"), in a buffer of its own
  auto with = [](std::string_view stem, char add, char (&buf)[40]) {
    std::copy(stem.begin(), stem.end(), buf);
    buf[stem.size()] = add;
    return std::string_view(buf, stem.size() + 1);
  };
  char buf[40];
  auto try_stems = [&](std::string_view stem, VerbForm form) -> std::optional<VerbReading> {
    if (auto r = reading(stem, form)) return r;
    if (auto r = reading(with(stem, 'e', buf), form)) return r;
    if (stem.size() > 2 && stem[stem.size() - 1] == stem[stem.size() - 2]) {  // "stopped", "planning"
      if (auto r = reading(stem.substr(0, stem.size() - 1), form)) return r;
    }
    return std::nullopt;
  };
  if (ends("ied")) return reading(with(w.substr(0, w.size() - 3), 'y', buf), VerbForm::PastOrParticiple);
  if (ends("ed")) return try_stems(w.substr(0, w.size() - 2), VerbForm::PastOrParticiple);
  if (ends("ing")) return try_stems(w.substr(0, w.size() - 3), VerbForm::Gerund);
  if (ends("ies")) return reading(with(w.substr(0, w.size() - 3), 'y', buf), VerbForm::Third);
  if (ends("es")) {
    if (auto r = reading(w.substr(0, w.size() - 2), VerbForm::Third)) return r;
  }
  if (ends("s")) return reading(w.substr(0, w.size() - 1), VerbForm::Third);
  return std::nullopt;
}

bool looks_like_past_participle(std::string_view word) {
  if (word.size() < 4) return false;
  const Lowered w(word);
  if (!w.ok()) return word.ends_with("ed");
  if (index().irregular.contains(w.view())) return true;
  return w.view().ends_with("ed") && !contains_lower(sets().non_event_words, w.view());
}

bool is_reporting_verb(std::string_view word) {
  auto r = read_verb(word);
  return r && r->cls == VerbClass::Reporting && r->form != VerbForm::Base;
}

bool is_abbreviation(std::string_view w) {
  for (std::string_view e : abbreviations)
    if (e == w) return true;
  return false;
}

bool is_title_abbreviation(std::string_view w) {
  for (std::string_view e : title_abbreviations)
    if (e == w) return true;
  return false;
}

bool is_sentence_opener(std::string_view w) { return contains_lower(sets().sentence_openers, w); }
bool is_negotiation_noun(std::string_view w) { return contains_lower(sets().negotiation_nouns, w); }
bool is_occasion_noun(std::string_view w) { return contains_lower(sets().occasion_nouns, w); }
bool is_event_noun(std::string_view w) { return contains_lower(sets().event_nouns, w); }
bool is_title_word(std::string_view w) { return contains_lower(sets().title_words, w); }
bool is_determiner(std::string_view w) { return contains_lower(sets().determiners, w); }
bool is_frequency_adjective(std::string_view w) {
  const Lowered l(w);
  for (std::string_view x : {"daily"sv, "weekly"sv, "biweekly"sv, "fortnightly"sv, "monthly"sv, "quarterly"sv, "yearly"sv,
                             "nightly"sv, "hourly"sv})
    if (l.view() == x) return true;
  return false;
}

bool is_position_word(std::string_view w) {
  const Lowered l(w);
  for (std::string_view x : {"first"sv, "second"sv, "third"sv, "fourth"sv, "fifth"sv, "sixth"sv, "seventh"sv, "eighth"sv,
                             "ninth"sv, "tenth"sv, "eleventh"sv, "twelfth"sv, "next"sv, "new"sv, "latest"sv, "final"sv,
                             "last"sv, "fresh"sv, "another"sv})
    if (l.view() == x) return true;
  return false;
}

bool is_preposition(std::string_view w) { return contains_lower(sets().prepositions, w); }
bool is_pronoun(std::string_view w) { return contains_lower(sets().pronouns, w); }
bool is_clause_word(std::string_view w) { return contains_lower(sets().clause_words, w); }
bool is_non_event_word(std::string_view w) { return contains_lower(sets().non_event_words, w); }
bool is_adverb_between_aux(std::string_view w) { return contains_lower(sets().adverbs_between, w); }
bool is_attribution_word(std::string_view w) { return contains_lower(sets().attribution_words, w); }
bool is_term_word(std::string_view w) { return contains_lower(sets().term_words, w); }

Auxiliary read_auxiliary(std::string_view word) {
  if (word.size() > 7) return Auxiliary::None;  // "cannot" is the longest
  const Lowered lowered(word);
  const std::string_view w = lowered.view();
  if (w == "had" || w == "'d") return Auxiliary::Had;
  if (w == "has" || w == "have" || w == "'ve") return Auxiliary::Has;
  if (w == "was" || w == "were") return Auxiliary::Was;
  if (w == "is" || w == "are" || w == "am" || w == "'s" || w == "'re") return Auxiliary::Is;
  if (w == "will" || w == "'ll" || w == "shall" || w == "wo") return Auxiliary::Will;
  if (w == "would") return Auxiliary::Would;
  if (w == "may" || w == "might" || w == "could" || w == "should" || w == "can" || w == "must" ||
      w == "ca" || w == "cannot")
    return Auxiliary::Modal;
  if (w == "to") return Auxiliary::To;
  if (w == "been") return Auxiliary::Been;
  if (w == "being" || w == "be") return Auxiliary::Being;
  return Auxiliary::None;
}

std::optional<std::string_view> channel_noun(std::string_view word) {
  const Lowered lowered(word);
  const std::string_view w = lowered.view();
  for (const auto& r : channels)
    if (r.noun == w) return r.channel;
  return std::nullopt;
}

std::optional<std::string_view> implied_channel(std::string_view lemma) {
  if (lemma == "tweet") return "Twitter"sv;
  return std::nullopt;
}

bool negated(std::string_view verb_group) {
  // word by word: "noted" and "nothing" are no negation
  while (!verb_group.empty()) {
    const std::size_t sp = verb_group.find(' ');
    const std::string_view w = verb_group.substr(0, sp);
    if (w == "not" || w == "Not" || w == "never" || w == "Never" || w.ends_with("n't") || w.ends_with("n\u2019t"))
      return true;
    if (sp == std::string_view::npos) break;
    verb_group.remove_prefix(sp + 1);
  }
  return false;
}

bool needs_particle(std::string_view lemma) {
  return lemma == "wrap" || lemma == "kick" || lemma == "wind" || lemma == "walk" || lemma == "call" || lemma == "go";
}

bool takes_particle(std::string_view lemma, std::string_view word) {
  const Lowered lowered(word);
  const std::string_view w = lowered.view();
  if (lemma == "wrap" || lemma == "wind") return w == "up";
  if (lemma == "kick" || lemma == "call") return w == "off";  // "called off the strike"
  if (lemma == "walk") return w == "out" || w == "off";  // "walked out", "walked off the job"
  // "go to Moscow", "went on strike" (event_extraction.cpp checks the word after), "went public",
  // "went bankrupt", "went ahead", "went into effect"; not "gone down", "go unnoticed"
  if (lemma == "go")
    return w == "to" || w == "on" || w == "public" || w == "bankrupt" || w == "ahead" || w == "into";
  return false;
}

bool is_intransitive(std::string_view lemma) {
  for (std::string_view x : {"collapse"sv, "founder"sv, "expire"sv, "die"sv, "occur"sv, "happen"sv, "arrive"sv,
                             "resign"sv, "walk"sv, "rise"sv, "fall"sv, "fail"sv})
    if (lemma == x) return true;
  return false;
}

bool is_medium_word(std::string_view word) {
  const Lowered lowered(word);
  const std::string_view w = lowered.view();
  for (std::string_view x : {"tv"sv, "television"sv, "radio"sv, "agency"sv, "newspaper"sv, "media"sv, "daily"sv,
                             "broadcaster"sv, "channel"sv, "network"sv, "press"sv, "reporters"sv, "journalists"sv})
    if (w == x) return true;
  return false;
}

bool counts_rounds(std::string_view noun) {
  constexpr std::string_view nouns[] = {"round", "rounds", "session", "sessions", "talks", "negotiation",
                                        "negotiations", "consultation", "consultations", "discussions"};
  return std::find(std::begin(nouns), std::end(nouns), noun) != std::end(nouns);
}

bool names_round_talks(std::string_view words) {
  std::string word;  // the current run of letters, lowercase ("talks," is "talks")
  for (std::size_t i = 0; i <= words.size(); ++i) {
    const char c = i < words.size() ? words[i] : ' ';
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      word.push_back(static_cast<char>(c | 0x20));
      continue;
    }
    if (!word.empty() && counts_rounds(word)) return true;
    word.clear();
  }
  return false;
}

bool numbers_one_round(const EventOrdinal& o) {
  if (!counts_rounds(o.noun)) return false;
  const std::string_view text = o.text;
  const std::size_t at = text.rfind(' ');
  const std::string_view last = at == std::string_view::npos ? text : text.substr(at + 1);
  return !(o.noun.back() != 's' && last.size() == o.noun.size() + 1 && (last.back() == 's' || last.back() == 'S'));
}

int round_number(const EventOrdinal& o) {
  if (!numbers_one_round(o)) return 0;
  return o.kind == EventOrdinal::Kind::Number || o.kind == EventOrdinal::Kind::First ? o.number : 0;
}

Phase phase_noun(std::string_view word) {
  const Lowered lowered(word);
  const std::string_view w = lowered.view();
  for (std::string_view x : {"end"sv, "conclusion"sv, "close"sv})
    if (w == x) return Phase::End;
  for (std::string_view x : {"start"sv, "beginning"sv, "opening"sv, "launch"sv, "resumption"sv, "outset"sv})
    if (w == x) return Phase::Start;
  return Phase::None;
}

bool moves_to_target(std::string_view lemma) {
  for (std::string_view x : {"postpone"sv, "delay"sv, "defer"sv, "reschedule"sv, "adjourn"sv, "extend"sv, "expire"sv,
                             "put"sv, "push"sv, "move"sv, "schedule"sv})
    if (lemma == x) return true;
  return false;
}

bool schedules_for(std::string_view lemma) {
  return lemma == "schedule" || lemma == "reschedule" || lemma == "set";
}

Phase phase_of(std::string_view lemma) {
  auto r = reading(lemma, VerbForm::Base);
  return r ? r->phase : Phase::None;
}

}  // namespace parley::timeline

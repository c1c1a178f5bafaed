/// The word and sentence pools of ``SyntheticCorpus``.
enum Pools {
    static let actors = ["Ukraine", "Kyiv", "the Kremlin", "Moscow", "Russia", "the EU", "Brussels", "the White House", "Washington",
                         "NATO", "Europe", "President Zelenskiy", "Vladimir Putin", "Donald Trump", "the European Commission"]
    static let speakers = ["Kaja Kallas", "Dmitry Peskov", "Marco Rubio", "Volodymyr Zelenskiy", "Sergei Lavrov", "a senior EU diplomat",
                           "a Kremlin spokesman", "the NATO secretary general", "Ursula von der Leyen", "a White House official"]
    static let claims = ["the talks would continue next week", "any deal must respect Ukraine’s sovereignty", "sanctions would stay in place",
                         "the ceasefire had been broken again", "security guarantees were not negotiable", "the offer amounted to capitulation",
                         "the aid package was a waste of money", "peace was closer than ever", "the invasion had failed",
                         "the negotiations were a trap", "Europe would pay the price", "the deal would reward aggression"]
    static let quotes = ["We will not accept a deal made behind our backs", "This is a historic opportunity for peace",
                         "Appeasement has never worked", "The sanctions are illegal and will fail", "We are ready to talk, but not to surrender",
                         "Nobody wants this war to drag on", "It’s a great day for the world", "They’re lying, and everyone knows it"]
    static let negative = ["reckless", "a disaster", "shameful", "dangerous", "naive", "a betrayal", "a humiliating capitulation"]
    static let positive = ["a breakthrough", "pragmatic", "courageous", "a welcome step", "sensible", "a remarkable success"]
    static let negativeAdjectives = ["aggressive", "hostile", "unreliable", "desperate", "brutal"]
    static let intensifiers = ["very", "extremely", "increasingly", "deeply", "not", "hardly"]
    static let cities = ["Munich", "Riyadh", "Geneva", "Brussels", "Kyiv", "Moscow", "Washington", "Istanbul", "Paris", "Kharkiv"]
    static let nouns = ["economy", "army", "gas exports", "budget", "grain shipments", "air defence", "reconstruction plan"]
    static let trendVerbs = ["grew by", "fell by", "shrank by", "rose by", "reached"]
    static let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
    static let monthAbbreviations = ["Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
    static let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    static let sources = ["the IMF", "Reuters", "the statistics office", "U.S. officials", "the World Bank", "the Kyiv School of Economics"]
    static let contrasts = ["no agreement was reached", "the mood was upbeat", "Kyiv was not at the table", "the talks ended early",
                            "both sides praised the progress"]
    static let surnames = ["Novak", "Petrenko", "Ivanova", "Schmidt", "Morales", "O’Brien", "Kowalski"]
    static let institutes = ["Carnegie Endowment", "Atlantic Council", "Royal United Services Institute", "Kyiv-Mohyla Academy"]
    static let compounds = ["long-awaited", "U.S.-brokered", "so-called", "high-stakes", "Kremlin-backed", "follow-up"]
    static let baseVerbs = ["include", "satisfy", "reject", "welcome", "accept", "condemn"]
    static let headlineVerbs = ["rejects", "welcomes", "warns over", "pushes for", "slams", "backs"]
    static let headlineObjects = ["ceasefire plan", "peace talks", "new sanctions", "security guarantees", "prisoner swap", "energy deal"]
    static let slugs = ["ceasefire-talks-live", "sanctions-explained", "war-in-maps", "peace-plan-text"]
    static let ukrainian = [
        "Президент Зеленський заявив, що Україна не погодиться на жодні територіальні поступки.",
        "Міністр закордонних справ наголосив: «Мир без гарантій безпеки неможливий».",
        "Унаслідок нічної атаки загинули 12 людей, ще 40 поранені.",
        "Євросоюз пообіцяв нові санкції проти Росії та ще 5 млрд євро допомоги.",
        "У Києві вважають, що переговори без України — це капітуляція.",
    ]
    static let russian = [
        "В Кремле заявили, что переговоры продолжатся на следующей неделе.",
        "Министр иностранных дел Сергей Лавров назвал предложение «неприемлемым».",
        "По данным Минобороны, ночью было сбито 25 беспилотников.",
        "Цены на газ в Европе выросли на 7,5% после заявления Москвы.",
        "Песков сказал, что Россия готова к диалогу, но не к уступкам.",
    ]
}

#include "demo/demonames.h"

namespace {

// Given names are "Name|ascii|f or m"; family names are "Name|ascii" or, where the form
// follows gender, "Male|Female|asciiMale|asciiFemale". The ASCII forms make the emails.
struct CultureInfo
{
    const char *country;
    const char *dialCode;
    int weight;
    const char *zones;
    const char *given;
    const char *family;
};

// clang-format off
constexpr CultureInfo Cultures[] = {
    {"United States", "1", 16, "America/New_York America/Chicago America/Denver America/Los_Angeles America/Phoenix",
     "Emily|emily|f;Michael|michael|m;Jamal|jamal|m;Ashley|ashley|f;Tyler|tyler|m;Destiny|destiny|f;Christopher|christopher|m;Madison|madison|f",
     "Johnson|johnson;Smith|smith;Washington|washington;Nguyen|nguyen;Williams|williams;Rodriguez|rodriguez;Kim|kim"},
    {"India", "91", 10, "Asia/Kolkata",
     "Siddharth|siddharth|m;Priya|priya|f;Ananya|ananya|f;Arjun|arjun|m;Rohan|rohan|m;Kavya|kavya|f",
     "Iyer|iyer;Sharma|sharma;Reddy|reddy;Banerjee|banerjee;Nair|nair;Gupta|gupta"},
    {"Germany", "49", 7, "Europe/Berlin",
     "Zoë|zoe|f;Jürgen|jurgen|m;Lena|lena|f;Maximilian|maximilian|m;Jörg|jorg|m;Lea-Sophie|lea-sophie|f",
     "Müller|muller;Schröder|schroder;Weiß|weiss;Becker|becker;Groß|gross;von Bülow|vonbulow"},
    {"Spain", "34", 6, "Europe/Madrid Atlantic/Canary",
     "José|jose|m;Lucía|lucia|f;Álvaro|alvaro|m;María José|mariajose|f;Iñigo|inigo|m;Begoña|begona|f",
     "García|garcia;Fernández|fernandez;Martínez|martinez;Núñez|nunez;López-Ibáñez|lopez-ibanez;Muñoz|munoz"},
    {"Brazil", "55", 6, "America/Sao_Paulo America/Manaus",
     "João|joao|m;Ana|ana|f;Thiago|thiago|m;Letícia|leticia|f;Vitória|vitoria|f;Luís|luis|m",
     "Silva|silva;Gonçalves|goncalves;Araújo|araujo;Conceição|conceicao;Simões|simoes"},
    {"Nigeria", "234", 6, "Africa/Lagos",
     "Olúwaseun|oluwaseun|m;Chiamaka|chiamaka|f;Ngozi|ngozi|f;Emeka|emeka|m;Folake|folake|f;Ìbùkún|ibukun|f",
     "Adébáyọ̀|adebayo;Okonkwo|okonkwo;Ògúnlànà|ogunlana;Eze|eze;Balogun|balogun"},
    {"United Kingdom", "44", 6, "Europe/London",
     "Oliver|oliver|m;Amelia|amelia|f;Harry|harry|m;Isla|isla|f;Priyanka|priyanka|f;Kwame|kwame|m",
     "Jones|jones;Patel|patel;Evans|evans;Taylor|taylor;Clarke|clarke;Mensah|mensah"},
    {"Poland", "48", 5, "Europe/Warsaw",
     "Łukasz|lukasz|m;Małgorzata|malgorzata|f;Paweł|pawel|m;Zofia|zofia|f;Wojciech|wojciech|m;Agnieszka|agnieszka|f",
     "Nowak|nowak;Wiśniewski|Wiśniewska|wisniewski|wisniewska;Wójcik|wojcik;Kowalczyk|kowalczyk;Lewandowski|Lewandowska|lewandowski|lewandowska;Dąbrowski|Dąbrowska|dabrowski|dabrowska"},
    {"France", "33", 5, "Europe/Paris",
     "Chloé|chloe|f;Théo|theo|m;Zoé|zoe|f;François|francois|m;Anaïs|anais|f;Jérôme|jerome|m",
     "Lefèvre|lefevre;Dubois|dubois;Bénard|benard;Gauthier|gauthier;Lemaître|lemaitre"},
    {"Mexico", "52", 5, "America/Mexico_City America/Tijuana",
     "Alejandro|alejandro|m;Ximena|ximena|f;Sofía|sofia|f;Jesús|jesus|m;Guadalupe|guadalupe|f",
     "Hernández|hernandez;González|gonzalez;Rodríguez|rodriguez;Peña|pena;Ochoa|ochoa"},
    {"Turkey", "90", 4, "Europe/Istanbul",
     "İlkay|ilkay|f;Çağla|cagla|f;Emre|emre|m;Şule|sule|f;Oğuz|oguz|m;Barış|baris|m",
     "Çelik|celik;Yılmaz|yilmaz;Öztürk|ozturk;Şahin|sahin;Doğan|dogan;Aydın|aydin"},
    {"Vietnam", "84", 4, "Asia/Ho_Chi_Minh",
     "Thị Trần|thitran|f;Thị Mai|thimai|f;Văn Minh|vanminh|m;Thu Trang|thutrang|f;Đức Anh|ducanh|m",
     "Nguyễn|nguyen;Trần|tran;Lê|le;Phạm|pham;Đặng|dang"},
    {"Canada", "1", 4, "America/Toronto America/Vancouver America/Halifax",
     "Élodie|elodie|f;Mathieu|mathieu|m;Liam|liam|m;Ava|ava|f;Gabrielle|gabrielle|f",
     "Tremblay|tremblay;Gagnon|gagnon;Roy|roy;MacDonald|macdonald;Côté|cote"},
    {"Ireland", "353", 3, "Europe/Dublin",
     "Aoife|aoife|f;Seán|sean|m;Niamh|niamh|f;Ciarán|ciaran|m;Siobhán|siobhan|f;Pádraig|padraig|m",
     "O'Brien|obrien;Murphy|murphy;Ó Súilleabháin|osuilleabhain;McCarthy|mccarthy;O'Connor|oconnor"},
    {"Japan", "81", 3, "Asia/Tokyo",
     "美咲|misaki|f;翔太|shota|m;陽菜|hina|f;蓮|ren|m;結衣|yui|f;大翔|hiroto|m",
     "山田|yamada;佐藤|sato;鈴木|suzuki;高橋|takahashi;渡辺|watanabe"},
    {"China", "86", 3, "Asia/Shanghai",
     "伟|wei|m;静|jing|f;浩然|haoran|m;欣怡|xinyi|f;子涵|zihan|f",
     "李|li;王|wang;张|zhang;刘|liu;陈|chen"},
    {"South Korea", "82", 3, "Asia/Seoul",
     "지훈|jihoon|m;서연|seoyeon|f;민준|minjun|m;하은|haeun|f",
     "김|kim;이|lee;박|park;최|choi"},
    {"Egypt", "20", 3, "Africa/Cairo",
     "محمد|mohamed|m;فاطمة|fatma|f;يوسف|youssef|m;نور|nour|f;مريم|mariam|f",
     "حسن|hassan;علي|ali;إبراهيم|ibrahim;السيد|elsayed"},
    {"Australia", "61", 3, "Australia/Sydney Australia/Melbourne Australia/Perth Australia/Brisbane",
     "Olivia|olivia|f;Jack|jack|m;Charlotte|charlotte|f;Lachlan|lachlan|m",
     "Wilson|wilson;Brown|brown;Singh|singh;Anderson|anderson"},
    {"Greece", "30", 2, "Europe/Athens",
     "Αλέξανδρος|alexandros|m;Μαρία|maria|f;Νίκος|nikos|m;Ελένη|eleni|f;Δημήτρης|dimitris|m;Κατερίνα|katerina|f",
     "Παπαδόπουλος|Παπαδοπούλου|papadopoulos|papadopoulou;Γεωργίου|georgiou;Οικονόμου|oikonomou;Καραγιάννης|Καραγιάννη|karagiannis|karagianni"},
    {"Bulgaria", "359", 2, "Europe/Sofia",
     "Юлия|yuliya|f;Иван|ivan|m;Мария|mariya|f;Георги|georgi|m;Десислава|desislava|f",
     "Иванов|Иванова|ivanov|ivanova;Петров|Петрова|petrov|petrova;Соколов|Соколова|sokolov|sokolova;Димитров|Димитрова|dimitrov|dimitrova"},
    {"Norway", "47", 2, "Europe/Oslo",
     "Søren|soren|m;Åse|ase|f;Ingrid|ingrid|f;Bjørn|bjorn|m;Sigrid|sigrid|f;Ørjan|orjan|m",
     "Ødegård|odegard;Hansen|hansen;Bråten|braten;Løvlie|lovlie;Nygård|nygard"},
};
// clang-format on

} // namespace

DemoNames::DemoNames()
{
    for (const CultureInfo &info : Cultures) {
        Culture culture;
        culture.country = QString::fromUtf8(info.country);
        culture.dialCode = QString::fromLatin1(info.dialCode);
        culture.zones = QString::fromLatin1(info.zones).split(QLatin1Char(' '));
        for (const QString &entry : QString::fromUtf8(info.given).split(QLatin1Char(';'))) {
            const QStringList parts = entry.split(QLatin1Char('|'));
            culture.given.push_back({parts[0], parts[1], parts[2] == QLatin1String("f")});
        }
        for (const QString &entry : QString::fromUtf8(info.family).split(QLatin1Char(';'))) {
            const QStringList p = entry.split(QLatin1Char('|'));
            culture.family.push_back(p.size() == 4 ? FamilyName{p[0], p[1], p[2], p[3]}
                                                   : FamilyName{p[0], p[0], p[1], p[1]});
        }
        m_cultures.push_back(std::move(culture));
        m_weights.push_back(info.weight);
    }
}

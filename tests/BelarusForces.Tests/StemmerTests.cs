using BelarusForces.Search;

namespace BelarusForces.Tests;

/// <summary>The Porter2 English stemmer against a sample of the Snowball project's published vocabulary and stems.</summary>
public class StemmerTests
{
    // Every 211th word of five letters or more of the Snowball project's English test vocabulary (voc.txt), with the
    // stem its published output (output.txt) gives.
    private const string Sample = """
        accelerate acceler adage adag advisability advis agrippa agrippa allows allow amusements amus
        anthem anthem appreciate appreci armadillo armadillo aspiring aspir attested attest await await
        ballet ballet becom becom bellmen bellmen bethought bethought bizcacha bizcacha blotchy blotchi
        boytborn boytborn bridged bridg bucaniers bucani businesses busi callat callat cassius cassius
        centurions centurion chariness chari chides chide clear clear colonized colon comparable compar
        conclud conclud conjunct conjunct contamination contamin coodle coodl cosmos cosmos coxswain coxswain
        crispian crispian culpeu culpeu dabbling dabbl deduction deduct demanding demand derogate derog
        developing develop dilettanti dilettanti disconsolate disconsol dispark dispark disturb disturb drawingroom drawingroom
        ebullitions ebullit elbowing elbow emoluments emolu enfranchised enfranchis entomb entomb ermount ermount
        europe europ execution execut exquisite exquisit fairies fairi fatten fatten ferrule ferrul
        finger finger fodere foder forethink forethink frosty frosti galapagoensis galapagoensi giggling giggl
        glutinous glutin gownds gownd greets greet guatemala guatemala halloa halloa harried harri
        heartrending heartrend heroine heroin hornet hornet humbourg humbourg ideas idea impatience impati
        inarticulate inarticul indies indi infold infold inset inset intermingled intermingl invisible invis
        jades jade jointress jointress keels keel knocking knock landsman landsman lazos lazo
        lepidus lepidus limbeck limbeck lockyer lockyer lovest lovest maccabaeus maccabaeus malefactor malefactor
        matthews matthew melting melt middlesex middlesex misapprehend misapprehend mocked mock moors moor
        myiobius myiobius neckerchief neckerchief nightgown nightgown nothin nothin obsequiously obsequi ombre ombr
        orient orient outruns outrun owing owe panging pang particularities particular pentland pentland
        personified personifi phorbus phorbus pioned pion policeman policeman posied posi pratty pratti
        preservers preserv proceeds proceed propertyless propertyless psychological psycholog purus purus quien quien
        reconsigning reconsign regenerate regener remittance remitt repudiation repudi retaining retain rhubarb rhubarb
        routed rout sacre sacr sapless sapless scarcel scarcel screeching screech seeker seeker
        serveth serveth sheame sheam showing show silky silki skinned skin slugs slug
        snorts snort sonia sonia specialist specialist sporules sporul stallion stallion sterling sterl
        straightforward straightforward stumbling stumbl sufficiently suffici supportance support sweepers sweeper tainted taint
        terrors terror thisby thisbi ticktock ticktock tolerably toler tradition tradit trencher trencher
        truie truie twilight twilight unblest unblest underground underground unfrequently unfrequ unmarked unmark
        unreverend unreverend untrammelled untrammel uspallata uspallata vault vault vholes vhole visor visor
        wafers wafer washed wash whispering whisper winks wink zigzags zigzag 
        """;

    public static TheoryData<string, string> Published()
    {
        var data = new TheoryData<string, string>();
        var words = Sample.Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < words.Length; i += 2)
        {
            data.Add(words[i], words[i + 1]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Published))]
    public void Stems_match_the_published_vocabulary(string word, string stem)
    {
        EnglishStemmer.Stem(word).Should().Be(stem);
    }

    [Theory]
    [InlineData("modernised", "modernisation", "modernise", "modernising")]
    [InlineData("decommissioned", "decommission", "decommissions", "decommissioning")]
    [InlineData("delivery", "deliveries")]
    public void Word_forms_share_a_stem(params string[] forms)
    {
        forms.Select(EnglishStemmer.Stem).Distinct().Should().ContainSingle();
    }

    [Fact]
    public void Training_and_trainee_stay_apart_and_words_with_digits_are_left_alone()
    {
        EnglishStemmer.Stem("training").Should().NotBe(EnglishStemmer.Stem("trainee"));
        EnglishStemmer.Stem("su30s").Should().Be("su30s");
    }
}

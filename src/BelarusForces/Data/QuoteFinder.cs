namespace BelarusForces.Data;

/// <summary>
/// Finds every quote drawn from one seed in a single pass over its text (Aho–Corasick), so that checking a seed costs
/// its length plus the quotes' length, not the quotes times the seed. Each question is a quote and a range of the
/// text (its source's lines); the answer is where in the range the quote first occurs, whether it occurs there again,
/// and whether it occurs anywhere in the seed.
/// </summary>
internal sealed class QuoteFinder
{
    private readonly Dictionary<(string Quote, int Start, int End), Answer> _answers = [];

    private QuoteFinder()
    {
    }

    /// <summary>Where a quote was found: its first place in the range (-1 if none), whether it is there twice, whether it is in the seed at all.</summary>
    public sealed record Answer(int First, bool Twice, bool Anywhere);

    /// <summary>The answer for a quote and range that <see cref="Build"/> was asked, or null.</summary>
    public Answer? Find(string quote, int start, int end) => _answers.GetValueOrDefault((quote, start, end));

    /// <summary>Answers every (quote, range) question about <paramref name="text"/> in one pass over it.</summary>
    public static QuoteFinder Build(string text, IEnumerable<(string Quote, int Start, int End)> questions)
    {
        var finder = new QuoteFinder();
        var patterns = new Dictionary<string, Pattern>(StringComparer.Ordinal);
        foreach (var question in questions.Distinct())
        {
            if (question.Quote.Length == 0)
            {
                continue;
            }

            if (!patterns.TryGetValue(question.Quote, out var pattern))
            {
                patterns[question.Quote] = pattern = new Pattern(question.Quote.Length);
            }

            pattern.Ranges.Add(new Range(question.Start, question.End));
        }

        if (patterns.Count > 0)
        {
            var automaton = new Automaton(patterns);
            automaton.Scan(text);
        }

        foreach (var (quote, pattern) in patterns)
        {
            foreach (var range in pattern.Ranges)
            {
                finder._answers[(quote, range.Start, range.End)] = new Answer(range.First, range.Twice, pattern.Anywhere);
            }
        }

        return finder;
    }

    private sealed class Range(int start, int end)
    {
        public int Start { get; } = start;

        public int End { get; } = end;

        public int First { get; set; } = -1;

        public bool Twice { get; set; }

        public bool Settled { get; set; }
    }

    private sealed class Pattern(int length)
    {
        public int Length { get; } = length;

        public List<Range> Ranges { get; } = [];

        public bool Anywhere { get; set; }

        public int Unsettled { get; set; } = -1;

        // Records an occurrence at [at, at + Length); true when nothing more can be learnt from later ones.
        public bool Occurs(int at)
        {
            Anywhere = true;
            if (Unsettled < 0)
            {
                Unsettled = Ranges.Count;
            }

            foreach (var range in Ranges)
            {
                if (range.Settled || at < range.Start)
                {
                    continue;
                }

                if (at + Length > range.End)
                {
                    // Occurrences come in the order of their ends: the range is behind the scan.
                    range.Settled = true;
                }
                else if (range.First < 0)
                {
                    range.First = at;
                    continue;
                }
                else
                {
                    range.Twice = true;
                    range.Settled = true;
                }

                Unsettled--;
            }

            return Unsettled == 0;
        }
    }

    // The automaton: a trie of the quotes, with failure links and links to the nearest quote that ends at a node.
    private sealed class Automaton
    {
        private readonly int[] _root = new int[char.MaxValue + 1]; // the root's transitions, the hot path, as an array
        private readonly Dictionary<long, int> _next = [];
        private readonly List<int> _fail = [0];
        private readonly List<int> _output = [-1]; // the nearest node (itself or a suffix) where a live quote ends
        private readonly List<Pattern?> _ends = [null];
        private readonly List<int> _firstChild = [-1];
        private readonly List<int> _sibling = [-1];
        private readonly List<char> _chars = ['\0'];

        public Automaton(Dictionary<string, Pattern> patterns)
        {
            Array.Fill(_root, -1);
            foreach (var (quote, pattern) in patterns)
            {
                int node = 0;
                foreach (var c in quote)
                {
                    node = Child(node, c) is int child and >= 0 ? child : Add(node, c);
                }

                _ends[node] = pattern;
            }

            Link();
        }

        public void Scan(string text)
        {
            int node = 0;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                int next;
                while ((next = Child(node, c)) < 0 && node != 0)
                {
                    node = _fail[node];
                }

                node = next < 0 ? 0 : next;
                for (int v = Live(node); v > 0; v = Live(_fail[v]))
                {
                    var pattern = _ends[v]!;
                    if (pattern.Occurs(i - pattern.Length + 1))
                    {
                        _ends[v] = null; // settled: later occurrences are skipped
                    }
                }
            }
        }

        private int Child(int node, char c) =>
            node == 0 ? _root[c] : _next.TryGetValue(((long)node << 16) | c, out var child) ? child : -1;

        private int Add(int node, char c)
        {
            int child = _fail.Count;
            _fail.Add(0);
            _output.Add(-1);
            _ends.Add(null);
            _firstChild.Add(-1);
            _sibling.Add(_firstChild[node]);
            _firstChild[node] = child;
            if (node == 0)
            {
                _root[c] = child;
            }
            else
            {
                _next[((long)node << 16) | c] = child;
            }

            _chars.Add(c);
            return child;
        }

        // Failure links, breadth first.
        private void Link()
        {
            var queue = new Queue<int>();
            for (int child = _firstChild[0]; child >= 0; child = _sibling[child])
            {
                _fail[child] = 0;
                queue.Enqueue(child);
            }

            while (queue.Count > 0)
            {
                int node = queue.Dequeue();
                for (int child = _firstChild[node]; child >= 0; child = _sibling[child])
                {
                    char c = _chars[child];
                    int f = _fail[node];
                    int next;
                    while ((next = Child(f, c)) < 0 && f != 0)
                    {
                        f = _fail[f];
                    }

                    _fail[child] = next >= 0 && next != child ? next : 0;
                    queue.Enqueue(child);
                }
            }
        }

        // The node itself or the nearest node along its failure links where a quote that still needs answers ends;
        // 0 when there is none. The links it walks are shortened as it goes, since a settled quote stays settled.
        private int Live(int node)
        {
            int v = node;
            while (v > 0 && _ends[v] is null)
            {
                v = _output[v] >= 0 ? _output[v] : _fail[v];
            }

            for (int u = node; u > 0 && u != v && _ends[u] is null;)
            {
                int next = _output[u] >= 0 ? _output[u] : _fail[u];
                _output[u] = v;
                u = next;
            }

            return v;
        }
    }
}

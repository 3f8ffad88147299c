using BelarusForces.Model;

namespace BelarusForces.Search;

/// <summary>A post and the person who held it.</summary>
public sealed record PostHolding
{
    internal PostHolding(Person person, Post post)
    {
        Person = person;
        Post = post;
    }

    /// <summary>The person.</summary>
    public Person Person { get; }

    /// <summary>The post, with its unit or organisation and its date.</summary>
    public Post Post { get; }

    /// <summary>The person, the post and its date.</summary>
    /// <returns>A line such as <c>Andrei Raukou: Minister of Defence (2017)</c>.</returns>
    public override string ToString() => $"{Person.Name}: {Post}";
}

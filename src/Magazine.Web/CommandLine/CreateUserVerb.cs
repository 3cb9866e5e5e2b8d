using Magazine.Core.Entities;
using Magazine.Web.Security;

namespace Magazine.Web.CommandLine;

/// <summary>`create-user`: opens a newsroom account, so a fresh site never needs a default password.</summary>
public sealed class CreateUserVerb(UserAccounts accounts) : ICommandLineVerb
{
    public string Name => "create-user";

    public string Usage => "--email E --password P --role Admin|Editor|Writer [--name \"Display name\"]";

    public async Task<int> RunAsync(VerbArguments args, VerbConsole console, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(args["email"]) || string.IsNullOrEmpty(args["password"]) || string.IsNullOrWhiteSpace(args["role"]))
        {
            return console.Fail($"usage: create-user {Usage}", 2);
        }
        var result = await accounts.CreateAsync(
            new NewAccount(args["email"]!, args["password"]!, args["role"]!, args["name"]), Roles.Newsroom, cancellationToken);
        if (!result.Succeeded)
        {
            return console.Fail(string.Join(" ", result.Errors));
        }
        var role = UserAccounts.FindRole(args["role"], Roles.Newsroom);
        console.Out.WriteLine($"Created {role} account {result.User!.Email}; sign in at /account/signin.");
        return 0;
    }
}

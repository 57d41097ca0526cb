using System.CommandLine;
using JobDescGen.Cli.Infrastructure;

namespace JobDescGen.Cli.Commands;

/// <summary>
/// <c>jobdescgen completion bash|zsh|pwsh</c>: prints a script that makes the shell ask the tool
/// for completions (System.CommandLine's <c>[suggest:POSITION]</c> directive): commands, options,
/// <c>--format</c> values, profile ids, the profile's levels and job ids.
/// </summary>
public static class CompletionCommand
{
    /// <summary>Examples shown under the command's help.</summary>
    public static readonly string[] Examples =
    [
        "jobdescgen completion bash >> ~/.bashrc",
        "jobdescgen completion zsh > \"${fpath[1]}/_jobdescgen\"",
        "jobdescgen completion pwsh >> $PROFILE",
    ];

    /// <summary>The shells a script exists for.</summary>
    public static IReadOnlyList<string> Shells { get; } = ["bash", "zsh", "pwsh"];

    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var shell = new Argument<string>("SHELL") { Description = $"The shell: {string.Join(", ", Shells)} (powershell is pwsh)" };
        shell.AcceptOnlyFromAmong([.. Shells, "powershell"]);
        var command = new Command("completion", "Print the shell script that completes commands, options, formats, profiles, levels and jobs (bash, zsh, pwsh)") { shell };
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.Write(Script(parse.GetValue(shell)!));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The completion script for <paramref name="shell"/>.</summary>
    public static string Script(string shell) => shell switch
    {
        "bash" => """
            # jobdescgen completion for bash: add to ~/.bashrc (or: source <(jobdescgen completion bash))
            _jobdescgen_complete() {
              local IFS=$'\n'
              local cur="${COMP_WORDS[COMP_CWORD]}"
              local candidates
              candidates=$(jobdescgen "[suggest:${COMP_POINT}]" "${COMP_LINE}" 2>/dev/null)
              COMPREPLY=($(compgen -W "${candidates}" -- "${cur}"))
            }
            complete -o default -F _jobdescgen_complete jobdescgen

            """,
        "zsh" => """
            #compdef jobdescgen
            # jobdescgen completion for zsh: save as _jobdescgen in a folder of $fpath (or: source <(jobdescgen completion zsh))
            _jobdescgen() {
              local line="${words[1,CURRENT]}"
              local -a candidates
              candidates=("${(@f)$(jobdescgen "[suggest:${#line}]" "${line}" 2>/dev/null)}")
              compadd -- ${candidates:#}
            }
            if [[ $zsh_eval_context[-1] == loadautofunc ]]; then
              # Autoloaded from $fpath: this file is the function's first call, so complete now.
              _jobdescgen "$@"
            elif (( $+functions[compdef] )); then
              compdef _jobdescgen jobdescgen
            fi

            """,
        _ => """
            # jobdescgen completion for PowerShell: add to $PROFILE (or: jobdescgen completion pwsh | Out-String | Invoke-Expression)
            Register-ArgumentCompleter -Native -CommandName jobdescgen -ScriptBlock {
                param($wordToComplete, $commandAst, $cursorPosition)
                $line = $commandAst.ToString()
                $position = $cursorPosition - $commandAst.Extent.StartOffset
                if ($line.Length -lt $position) { $line = $line.PadRight($position) }
                jobdescgen "[suggest:$position]" "$line" 2>$null | ForEach-Object {
                    [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
                }
            }

            """,
    };
}

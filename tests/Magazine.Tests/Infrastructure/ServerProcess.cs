using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Magazine.Tests.Infrastructure;

/// <summary>
/// A server program from Debian (redis-server, aiosmtpd) started for the tests on its own
/// loopback port: ready once the port accepts connections, and its output kept to explain a
/// start that fails.
/// </summary>
public static class ServerProcess
{
    /// <summary>A port free now: bound, read and released, for the server to take next.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static Process Start(RequiredProgram program, int port, params string[] arguments)
    {
        var start = new ProcessStartInfo(program.Name) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            throw new InvalidOperationException(program.Missing);
        }
        // Whatever disposes or fails to dispose its fixture, the server ends with the test run.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => StopQuietly(process);
        var log = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, port);
                return process;
            }
            catch (SocketException) when (waited.Elapsed < TimeSpan.FromSeconds(15) && !process.HasExited)
            {
                Thread.Sleep(50);
            }
            catch (SocketException)
            {
                lock (log)
                {
                    throw new InvalidOperationException($"{program.Name} did not start on port {port}:\n{log}");
                }
            }
        }
    }

    private static void StopQuietly(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // Already disposed by its fixture: nothing left to stop.
        }
    }
}

using System.Net;
using System.Net.Sockets;

namespace BelarusForces.Browser.Tests;

/// <summary>A plain static file server on the loopback interface, as GitHub Pages or any static host serves the site.</summary>
public sealed class StaticHost : IDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.Ordinal)
    {
        [".html"] = "text/html; charset=utf-8", [".css"] = "text/css", [".js"] = "text/javascript", [".json"] = "application/json",
        [".csv"] = "text/csv", [".jsonl"] = "application/jsonl",
    };

    private readonly HttpListener _listener = new();
    private readonly string _root;

    public StaticHost(string root)
    {
        _root = Path.GetFullPath(root);
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Address = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Address);
        _listener.Start();
        _ = Task.Run(Serve);
    }

    public string Address { get; }

    public void Dispose() => _listener.Close();

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var path = Path.GetFullPath(Path.Combine(_root, Uri.UnescapeDataString(context.Request.Url!.AbsolutePath).TrimStart('/')));
            if (Directory.Exists(path))
            {
                path = Path.Combine(path, "index.html");
            }

            using var response = context.Response;
            if (!path.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(path))
            {
                response.StatusCode = 404;
                continue;
            }

            response.ContentType = Types.GetValueOrDefault(Path.GetExtension(path), "application/octet-stream");
            var bytes = await File.ReadAllBytesAsync(path);
            await response.OutputStream.WriteAsync(bytes);
        }
    }
}

namespace JobDescGen.Pdf.Rendering.Compaction;

/// <summary>One content-stream operation: its operator and which operands (in the parse's operand list) it takes.</summary>
internal readonly record struct ContentOperation(string Operator, int FirstOperand, int OperandCount);

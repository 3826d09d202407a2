//! The drawing language: a valid plan read into cells, and each problem
//! with its line and column.
